package org.reelpress.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The form carries the time it was shown, signed with the blog's secret. A comment sent a moment
 * after the page was shown was not typed by a person (spam); one without a genuine time, or from a
 * page shown more than a day ago, waits for a moderator.
 */
@Component
@Order(20)
class FormTimingCheck implements CommentCheck {

    static final Duration TOO_OLD = Duration.ofDays(1);

    private final Signatures signatures;
    private final Clock clock;
    private final Duration tooFast;
    private volatile Stamp lastShown = new Stamp(-1, "");

    FormTimingCheck(Signatures signatures, Clock clock,
                    @Value("${reelpress.comments.seconds-to-write:3}") int secondsToWrite) {
        this.signatures = signatures;
        this.clock = clock;
        this.tooFast = Duration.ofSeconds(secondsToWrite);
    }

    /** What the form carries in its "stamp" field: the time it is shown and that time's signature. */
    String stamp() {
        long shown = clock.millis();
        // a busy blog shows several forms in the same millisecond: they share one signature
        Stamp last = lastShown;
        if (last.shown() != shown) {
            last = new Stamp(shown, shown + "." + signature(shown));
            lastShown = last;
        }
        return last.text();
    }

    private record Stamp(long shown, String text) {
    }

    @Override
    public Finding check(CommentAttempt attempt) {
        String stamp = attempt.form().stamp();
        int dot = stamp == null ? -1 : stamp.indexOf('.');
        if (dot < 1 || dot > 18 || !stamp.substring(0, dot).chars().allMatch(Character::isDigit)) {
            return Finding.hold("the form carried no time it was shown");
        }
        long shown = Long.parseLong(stamp.substring(0, dot));
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(shown).getBytes(StandardCharsets.US_ASCII))) {
            return Finding.hold("the form's time was not signed by this blog");
        }
        Duration taken = Duration.ofMillis(attempt.now().toEpochMilli() - shown);
        if (taken.isNegative() || taken.compareTo(TOO_OLD) > 0) {
            return Finding.hold("the form was shown more than a day ago");
        }
        return taken.compareTo(tooFast) < 0 ? Finding.spam("sent " + taken.toMillis() + " ms after the form was shown")
                : Finding.PASS;
    }

    private String signature(long shown) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signatures.of("comment-form", String.valueOf(shown)));
    }

    @Override
    public boolean formOnly() {
        return true;
    }
}
