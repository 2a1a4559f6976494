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

    private final SettingsRepository settings;
    private volatile Mac keyed;

    Signatures(SettingsRepository settings) {
        this.settings = settings;
    }

    byte[] of(String purpose, String text) {
        try {
            Mac mac = (Mac) keyed().clone();
            return mac.doFinal((purpose + "\n" + text).getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be copied", e);
        }
    }

    /**
     * A keyed Mac made once and copied for each signature: looking the algorithm up and setting the
     * key cost more than the hash of a short text. The secret never changes; reading it writes
     * when there is none yet.
     */
    private Mac keyed() {
        if (keyed == null) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                keyed = mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        }
        return keyed;
    }
}
