package org.reelpress.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.reelpress.web.Utf8Html;

/** The blog's own settings, as the writer chose them (stored in the settings table). */
public record SiteSettings(
        String title,
        String tagline,
        String language,
        ZoneId zone,
        String dateFormat,
        String timeFormat,
        int postsPerPage,
        int threadDepth,
        CommentSettings comments,
        String siteUrl,
        PermalinkStructure permalinks,
        List<String> hiddenProviders,
        FeedContent feedContent) {

    static final SiteSettings DEFAULTS = new SiteSettings(
            "Reelpress", "Reviews of films, series and books", "en",
            ZoneId.of("UTC"), "MMMM d, yyyy", "h:mm a", 10, 5, CommentSettings.DEFAULTS,
            "", PermalinkStructure.MONTH_AND_NAME, List.of(), FeedContent.FULL_TEXT);

    public SiteSettings {
        hiddenProviders = List.copyOf(hiddenProviders);
    }

    /** Reads stored values over the defaults; a value that does not parse keeps its default. */
    static SiteSettings from(Map<String, String> stored) {
        SiteSettings d = DEFAULTS;
        return new SiteSettings(
                stored.getOrDefault("title", d.title),
                stored.getOrDefault("tagline", d.tagline),
                stored.getOrDefault("language", d.language),
                zoneOr(stored.get("timezone"), d.zone),
                stored.getOrDefault("date_format", d.dateFormat),
                stored.getOrDefault("time_format", d.timeFormat),
                intIn(stored.get("posts_per_page"), 1, 100, d.postsPerPage),
                intIn(stored.get("thread_depth"), 1, 10, d.threadDepth),
                CommentSettings.from(stored),
                stored.getOrDefault("site_url", d.siteUrl),
                PermalinkStructure.ofColumn(stored.get("permalink_structure")).orElse(d.permalinks),
                stored.containsKey("hidden_providers") ? List.of(stored.get("hidden_providers").split(",")).stream()
                        .map(String::strip).filter(id -> !id.isEmpty()).toList() : d.hiddenProviders,
                FeedContent.ofSetting(stored.get("feed_content"), d.feedContent));
    }

    /** Where a published post lives under the chosen permalink structure. */
    public String permalink(long id, String slug, Instant publishedAt) {
        return permalinks.path(id, slug, publishedAt, zone);
    }

    /** A time element showing the instant's date, in the writer's pattern, language and zone. */
    public Utf8Html dateElement(Instant instant) {
        return DateTexts.element(instant, dateFormat, null, language, zone);
    }

    /** A time element showing the instant's date and time, in the writer's patterns, language and zone. */
    public Utf8Html dateAndTimeElement(Instant instant) {
        return DateTexts.element(instant, dateFormat, timeFormat, language, zone);
    }

    /** The instant's date and time as plain text, where a page says it in words ("Saved at …") rather than in a time element. */
    public String dateAndTime(Instant instant) {
        return DateTexts.format(instant, dateFormat, timeFormat, language, zone);
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    private static ZoneId zoneOr(String value, ZoneId fallback) {
        try {
            return value == null ? fallback : ZoneId.of(value);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    static int intIn(String value, int min, int max, int fallback) {
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.trim());
            return parsed < min || parsed > max ? fallback : parsed;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
