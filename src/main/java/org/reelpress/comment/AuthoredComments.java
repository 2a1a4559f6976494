package org.reelpress.comment;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Everything one user wrote, newest first, each on the post it was left on. */
@Component
public class AuthoredComments {

    private final CommentRepository comments;
    private final CommentTargets targets;

    AuthoredComments(CommentRepository comments, CommentTargets targets) {
        this.comments = comments;
        this.targets = targets;
    }

    public List<OwnComment> of(long userId) {
        List<OwnComment> rows = comments.byAuthor(userId);
        Map<Long, CommentTarget> posts = targets.findAll(rows.stream().map(OwnComment::postId).distinct().toList());
        return rows.stream().map(row -> row.on(posts.get(row.postId()))).toList();
    }
}
