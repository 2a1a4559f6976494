package org.reelpress.comment;

import java.time.Instant;

import org.reelpress.identity.Commenter;

/** A comment as it arrives, with who sent it and from where; {@code signedIn} is null for a guest. */
record CommentAttempt(CommentSubmission form, CommentTarget target, Commenter signedIn, String ip,
                      String userAgent, Instant now) {

    /** The text the comment will be stored with. */
    String body() {
        return form.commentText().strip();
    }

    /** The address the comment is known by: the account's for a signed-in reader. */
    String email() {
        return signedIn != null ? signedIn.email() : form.emailText();
    }
}
