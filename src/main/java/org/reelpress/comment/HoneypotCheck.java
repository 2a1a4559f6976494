package org.reelpress.comment;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The form has a "subject" field that people never see nor reach with the keyboard; programs that
 * fill in every field they find fill it in too, and their comment is kept as spam.
 */
@Component
@Order(10)
class HoneypotCheck implements CommentCheck {

    @Override
    public Finding check(CommentAttempt attempt) {
        String trap = attempt.form().subject();
        return trap == null || trap.isBlank() ? Finding.PASS : Finding.spam("filled in the hidden field");
    }

    @Override
    public boolean formOnly() {
        return true;
    }
}
