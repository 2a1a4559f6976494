package org.reelpress.comment;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Assembles the discussion shown under a post. */
@Component
public class Discussions {

    private final CommentRepository comments;
    private final RememberedCommenter remembered;

    Discussions(CommentRepository comments, RememberedCommenter remembered) {
        this.comments = comments;
        this.remembered = remembered;
    }

    /**
     * @param refused  the form as the reader last sent it, when it was refused; else null
     * @param replyTo  the comment the reader asked to reply to, from the URL (may be junk)
     */
    public Discussion of(long postId, String postTitle, boolean open, int maxLevel,
                         CommentForm refused, String replyTo, HttpServletRequest request) {
        List<Comment> rows = comments.approvedThread(postId);
        List<CommentNode> threads = CommentTree.build(rows, maxLevel);
        CommentForm form = refused != null ? refused
                : remembered.read(request).map(CommentForm::remembered).orElseGet(CommentForm::empty);
        Long parent = form.parentId() != null ? form.parentId() : parseId(replyTo);
        Long shownParent = parent != null && rows.stream().anyMatch(c -> c.id() == parent) ? parent : null;
        return new Discussion(postId, postTitle, rows.size(), threads, form, shownParent, open, maxLevel);
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }
}
