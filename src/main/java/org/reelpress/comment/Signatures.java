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
    private volatile SecretKeySpec key;

    Signatures(SettingsRepository settings) {
        this.settings = settings;
    }

    byte[] of(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal((purpose + "\n" + text).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The secret is read once: it never changes, and reading it writes when there is none yet. */
    private SecretKeySpec key() {
        if (key == null) {
            key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }
        return key;
    }
}
