package org.reelpress.comment;

import java.util.regex.Pattern;

import org.reelpress.site.SettingsRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A comment with more web links than the blog allows waits for a moderator. */
@Component
@Order(30)
class LinkCountCheck implements CommentCheck {

    private static final Pattern LINK = Pattern.compile("(?i)https?://");

    private final SettingsRepository settings;

    LinkCountCheck(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Finding check(CommentAttempt attempt) {
        long links = LINK.matcher(attempt.body()).results().count();
        int allowed = settings.site().comments().maxLinks();
        return links > allowed ? Finding.hold(links + " links, more than the " + allowed + " allowed") : Finding.PASS;
    }
}
