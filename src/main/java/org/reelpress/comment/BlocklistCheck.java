package org.reelpress.comment;

import java.text.Normalizer;
import java.util.Locale;

import org.reelpress.site.CommentSettings;
import org.reelpress.site.SettingsRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The writer's block lists: a listed word in the comment, name or website, a listed e-mail address
 * (or "@domain" for a whole domain), or a sender inside a listed IP range keeps the comment as spam.
 */
@Component
@Order(40)
class BlocklistCheck implements CommentCheck {

    private final SettingsRepository settings;

    BlocklistCheck(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Finding check(CommentAttempt attempt) {
        CommentSettings rules = settings.site().comments();
        String text = folded(attempt.body() + "\n" + attempt.form().nameText() + "\n" + attempt.form().urlText());
        for (String word : rules.blockedWords()) {
            if (text.contains(folded(word))) {
                return Finding.spam("a blocked word: " + word);
            }
        }
        String email = folded(attempt.email() == null ? "" : attempt.email());
        for (String blocked : rules.blockedEmails()) {
            String entry = folded(blocked);
            if (entry.startsWith("@") ? email.endsWith(entry) : email.equals(entry)) {
                return Finding.spam("a blocked e-mail address: " + blocked);
            }
        }
        for (String line : rules.blockedAddresses()) {
            if (attempt.ip() != null && AddressRange.parse(line).filter(range -> range.contains(attempt.ip())).isPresent()) {
                return Finding.spam("an address in a blocked range: " + line);
            }
        }
        return Finding.PASS;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
