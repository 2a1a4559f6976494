package org.reelpress.comment;

/**
 * One rule a comment passes before it is stored: a honeypot, a speed limit, a block list, the
 * learning filter. The comment rules run every check there is, in order, and act on the gravest finding.
 */
interface CommentCheck {

    Finding check(CommentAttempt attempt);

    /** True for checks of the form itself (hidden fields, its timing), which a program posting through the API never sees. */
    default boolean formOnly() {
        return false;
    }
}
