package org.reelpress.comment;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The same words from the same address on the same review are refused: usually a double click or a resend. */
@Component
@Order(50)
class DuplicateCheck implements CommentCheck {

    static final String MESSAGE = "You have already posted this comment.";

    private final CommentRepository comments;

    DuplicateCheck(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public Finding check(CommentAttempt attempt) {
        return comments.hasSameComment(attempt.target().postId(), attempt.email(), attempt.body())
                ? Finding.refuse("comment", MESSAGE) : Finding.PASS;
    }
}
