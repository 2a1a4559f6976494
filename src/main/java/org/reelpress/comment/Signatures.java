package org.reelpress.comment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.reelpress.site.SettingsRepository;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes with the blog's secret, for what readers hold but must not forge or read back:
 * avatar names, the list of one's own comments, the time a form was shown. Each use names its
 * purpose, so a signature made for one can never pass for another.
 */
@Component
class Signatures {

    private final Mac keyed;

    /**
     * Reads the secret once, at start: it never changes, and reading it writes when there is none
     * yet. Read later, the first signatures of a busy page would each wait for a second database
     * connection while holding one, and a full pool would stall every reader.
     */
    Signatures(SettingsRepository settings) {
        try {
            keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    byte[] of(String purpose, String text) {
        try {
            // a copy of one keyed Mac: looking the algorithm up and keying it cost more than the
            // hash itself, and a page hashes each commenter's address for their picture
            Mac mac = (Mac) keyed.clone();
            return mac.doFinal((purpose + "\n" + text).getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be copied", e);
        }
    }
}
