package org.reelpress.comment;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The "Leave a Reply" form's fields exactly as the browser sent them; any of them may be missing or junk.
 * {@code followUps} is the "notify" checkbox; {@code subject} the field people never see (see
 * {@link HoneypotCheck}); {@code stamp} the signed time the form was shown (see {@link FormTimingCheck}).
 */
public record CommentSubmission(String post, String parent, String comment, String name, String email,
                                String url, String remember, @BindParam("notify") String followUps,
                                String subject, String stamp) {

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
