package org.reelpress.notification;

import java.util.Optional;

import org.reelpress.identity.User;
import org.reelpress.identity.UserRepository;
import org.reelpress.post.Permalinks;
import org.reelpress.post.PostRepository;
import org.reelpress.site.SettingsRepository;
import org.springframework.stereotype.Component;

/** Finds a published post and its author's address, for mail about its comments. */
@Component
class NoticedPosts {

    private final PostRepository posts;
    private final UserRepository users;
    private final SettingsRepository settings;

    NoticedPosts(PostRepository posts, UserRepository users, SettingsRepository settings) {
        this.posts = posts;
        this.users = users;
        this.settings = settings;
    }

    Optional<NoticedPost> find(long postId) {
        return posts.findPublished(postId).map(post -> {
            Long authorId = posts.authorOf(postId).orElse(null);
            String email = authorId == null ? null : users.find(authorId)
                    .filter(user -> !user.deleted()).map(User::email).filter(address -> !address.isBlank()).orElse(null);
            return new NoticedPost(post.id(), post.title(),
                    Permalinks.of(settings.site(), post.id(), post.slug(), post.publishedAt()), authorId, email);
        });
    }
}
