package org.reelpress.account;

import java.time.Instant;
import java.util.List;

import org.reelpress.comment.OwnComment;
import org.reelpress.identity.User;

/** Everything the blog keeps about a user, as the JSON file they download: their profile and their comments. */
record AccountExport(Instant exportedAt, Profile profile, List<WrittenComment> comments) {

    /** {@code providers}: the accounts elsewhere they sign in with, such as "google". */
    record Profile(long id, String login, String displayName, String email, String role, boolean hasPassword,
                   boolean blocked, Instant createdAt, List<String> providers) {
    }

    /** {@code post} is null once the post is no longer published; {@code body} is the Markdown they wrote. */
    record WrittenComment(long id, long postId, Post post, Long parentId, String body, String status,
                          Instant createdAt, Instant editedAt) {
    }

    record Post(String title, String link) {
    }

    static AccountExport of(User user, List<String> providers, List<OwnComment> comments, Instant now) {
        Profile profile = new Profile(user.id(), user.login(), user.displayName(), user.email(), user.role().column(),
                user.hasPassword(), user.blocked(), user.createdAt(), providers);
        List<WrittenComment> written = comments.stream()
                .map(c -> new WrittenComment(c.id(), c.postId(), c.post() == null ? null : new Post(c.post().title(), c.link()),
                        c.parentId(), c.body(), c.status().column(), c.createdAt(), c.editedAt()))
                .toList();
        return new AccountExport(now, profile, written);
    }
}
