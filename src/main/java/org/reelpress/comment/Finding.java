package org.reelpress.comment;

/**
 * What a check found. {@code REFUSE} sends the form back with {@code message} next to {@code field};
 * {@code SPAM} and {@code HOLD} store the comment for a moderator; {@code PASS} leaves it to the policy.
 */
record Finding(Verdict verdict, String field, String message) {

    enum Verdict {
        PASS, HOLD, SPAM, REFUSE
    }

    static final Finding PASS = new Finding(Verdict.PASS, null, null);

    static Finding hold(String why) {
        return new Finding(Verdict.HOLD, null, why);
    }

    static Finding spam(String why) {
        return new Finding(Verdict.SPAM, null, why);
    }

    static Finding refuse(String field, String message) {
        return new Finding(Verdict.REFUSE, field, message);
    }

    boolean graverThan(Finding other) {
        return verdict.ordinal() > other.verdict.ordinal();
    }
}
