package org.reelpress.notification;

/**
 * What mail about a comment tells of its post: title, address on the blog (a path), and where its
 * author is reached. {@code authorEmail} is null when the author has none.
 */
record NoticedPost(long id, String title, String permalink, Long authorId, String authorEmail) {
}
