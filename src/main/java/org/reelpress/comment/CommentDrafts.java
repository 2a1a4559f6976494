package org.reelpress.comment;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/** Keeps what a reader typed while they go off to sign in, so the form shows it when they are back. */
@Component
class CommentDrafts {

    private static final String KEY = CommentDrafts.class.getName() + ".post.";

    void keep(HttpServletRequest request, long postId, CommentForm draft) {
        request.getSession().setAttribute(KEY + postId, draft);
    }

    Optional<CommentForm> find(HttpServletRequest request, long postId) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KEY + postId) instanceof CommentForm draft
                ? Optional.of(draft) : Optional.empty();
    }

    void forget(HttpServletRequest request, long postId) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEY + postId);
        }
    }
}
