package org.reelpress.post;

import java.util.Optional;

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
        return posts.findPublished(postId).map(post -> new CommentTarget(post.id(), post.commentsOpen(),
                Permalinks.of(settings.site().zone(), post.slug(), post.publishedAt())));
    }
}
