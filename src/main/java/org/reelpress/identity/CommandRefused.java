package org.reelpress.identity;

/** Why the {@code create-user} command will not go on, one reason a line, in words for whoever ran it. */
final class CommandRefused extends Exception {

    CommandRefused(String reasons) {
        super(reasons, null, false, false);
    }
}
