package org.reelpress.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the blog's discussions behave, as the writer set them. {@code policy} is one of
 * hold_all, hold_first (hold a commenter's first comment until one is approved) or approve_all;
 * the block lists hold one word, address or IP range per line. {@code perPage} top-level comments
 * (with their replies) make a page of comments; {@code order} is oldest or newest: which end of
 * the discussion a reader sees first. {@code closeAfterDays} closes a post to new comments that
 * many days after it was published; 0 never does.
 */
public record CommentSettings(
        String policy,
        int closeAfterDays,
        int maxLength,
        int maxLinks,
        int perPage,
        String order,
        List<String> blockedWords,
        List<String> blockedEmails,
        List<String> blockedAddresses) {

    static final CommentSettings DEFAULTS = new CommentSettings("hold_first", 0, 10_000, 2, 50, "oldest", List.of(), List.of(), List.of());

    static CommentSettings from(Map<String, String> stored) {
        CommentSettings d = DEFAULTS;
        String policy = stored.getOrDefault("comment_policy", d.policy);
        String order = stored.getOrDefault("comment_order", d.order);
        return new CommentSettings(
                List.of("hold_all", "hold_first", "approve_all").contains(policy) ? policy : d.policy,
                SiteSettings.intIn(stored.get("comments_close_after_days"), 0, 36_500, d.closeAfterDays),
                SiteSettings.intIn(stored.get("comment_max_length"), 100, 100_000, d.maxLength),
                SiteSettings.intIn(stored.get("comment_max_links"), 0, 100, d.maxLinks),
                SiteSettings.intIn(stored.get("comments_per_page"), 1, 1_000, d.perPage),
                List.of("oldest", "newest").contains(order) ? order : d.order,
                lines(stored.get("blocked_words")),
                lines(stored.get("blocked_emails")),
                lines(stored.get("blocked_addresses")));
    }

    public boolean newestFirst() {
        return "newest".equals(order);
    }

    /** Whether a post that takes comments still does at {@code now}. */
    public boolean stillOpen(Instant publishedAt, Instant now) {
        return closeAfterDays == 0 || now.isBefore(publishedAt.plus(Duration.ofDays(closeAfterDays)));
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
