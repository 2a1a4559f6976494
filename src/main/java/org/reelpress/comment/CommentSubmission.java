package org.reelpress.comment;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The "Leave a Reply" form's fields exactly as the browser sent them; any of them may be missing or junk.
 * {@code followUps} is the "notify" checkbox; {@code subject} the field people never see (see
 * {@link HoneypotCheck}); {@code stamp} the signed time the form was shown (see {@link FormTimingCheck}).
 */
public record CommentSubmission(String post, String parent, String comment, String name, String email,
                                String url, String remember, String followUps, String subject, String stamp) {

    /** Read straight from the request: data binding by reflection cost a tenth of posting a comment. */
    static CommentSubmission of(HttpServletRequest request) {
        return new CommentSubmission(request.getParameter("post"), request.getParameter("parent"),
                request.getParameter("comment"), request.getParameter("name"), request.getParameter("email"),
                request.getParameter("url"), request.getParameter("remember"), request.getParameter("notify"),
                request.getParameter("subject"), request.getParameter("stamp"));
    }

    String commentText() {
        return comment == null ? "" : comment;
    }

    String nameText() {
        return name == null ? "" : name.strip();
    }

    String emailText() {
        return email == null ? "" : email.strip();
    }

    String urlText() {
        return url == null ? "" : url.strip();
    }

    boolean wantsToBeRemembered() {
        return remember != null && !remember.isBlank();
    }

    /** "Notify me of follow-up comments by email" was ticked. */
    boolean wantsFollowUps() {
        return followUps != null && !followUps.isBlank();
    }
}
