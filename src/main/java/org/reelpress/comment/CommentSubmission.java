package org.reelpress.comment;

/**
 * The "Leave a Reply" form's fields exactly as the browser sent them; any of them may be missing or junk.
 * {@code subject} is the field people never see (see {@link HoneypotCheck}); {@code stamp} the signed
 * time the form was shown (see {@link FormTimingCheck}).
 */
public record CommentSubmission(String post, String parent, String comment, String name, String email,
                                String url, String remember, String subject, String stamp) {

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
}
