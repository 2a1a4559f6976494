package org.reelpress.post;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reelpress.comment.CommentTarget;
import org.reelpress.comment.CommentTargets;
import org.reelpress.site.SettingsRepository;
import org.springframework.stereotype.Component;

/** Tells the comments feature which published posts take comments, and where they live. */
@Component
class PostCommentTargets implements CommentTargets {

    private final PostRepository posts;
    private final SettingsRepository settings;

    PostCommentTargets(PostRepository posts, SettingsRepository settings) {
        this.posts = posts;
        this.settings = settings;
    }

    @Override
    public Optional<CommentTarget> find(long postId) {
        ZoneId zone = settings.site().zone();
        return posts.findPublished(postId).map(post -> target(post, zone));
    }

    @Override
    public Map<Long, CommentTarget> findAll(Collection<Long> postIds) {
        ZoneId zone = settings.site().zone();
        return posts.findPublished(postIds).stream()
                .map(post -> target(post, zone))
                .collect(Collectors.toMap(CommentTarget::postId, Function.identity()));
    }

    private static CommentTarget target(Post post, ZoneId zone) {
        return new CommentTarget(post.id(), post.title(), post.commentsOpen(),
                Permalinks.of(zone, post.slug(), post.publishedAt()));
    }
}
