package org.reelpress.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Dates as pages show them, in the writer's patterns, language and time zone. A review shows one
 * for each of its comments, and formatting with a pattern costs microseconds (month names looked
 * up, text built piece by piece) where looking a finished text up costs a hash: the texts of the
 * most recently shown instants are kept. They depend on nothing but their key, so none goes stale:
 * a changed pattern, language or zone is another formatter or zone, and so another key.
 */
final class DateTexts {

    /** A date pattern, and a time pattern shown after it with "at", or null for the date alone. */
    private record Pattern(String language, String date, String time) {

        DateTimeFormatter formatter() {
            return DateTimeFormatter.ofPattern(time == null ? date : date + " 'at' " + time, Locale.forLanguageTag(language));
        }
    }

    /** Formatters are compared by identity: one per pattern and language, kept below. */
    private record Shown(DateTimeFormatter formatter, ZoneId zone, long epochMilli) {
    }

    /*
     * Parsing a pattern costs more than formatting with it; formatters are immutable, so one per
     * pattern and language serves every request. The writer chooses the patterns, so there are
     * few; the map is emptied should that ever change.
     */
    private static final Map<Pattern, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final Cache<Shown, String> TEXTS = Caffeine.newBuilder().maximumSize(20_000).build();
    private static final Cache<Instant, String> ISO_TEXTS = Caffeine.newBuilder().maximumSize(20_000).build();

    private DateTexts() {
    }

    /** {@code instant} in the patterns {@code date}, then {@code time} after "at" (null: the date alone). */
    static String format(Instant instant, String date, String time, String language, ZoneId zone) {
        DateTimeFormatter formatter = formatter(new Pattern(language, date, time));
        return TEXTS.get(new Shown(formatter, zone, instant.toEpochMilli()), shown -> formatter.format(instant.atZone(zone)));
    }

    /** {@code instant} as ISO 8601 in UTC ({@link Instant#toString()}), what a time element's datetime holds. */
    static String iso(Instant instant) {
        return ISO_TEXTS.get(instant, Instant::toString);
    }

    private static DateTimeFormatter formatter(Pattern key) {
        DateTimeFormatter formatter = FORMATTERS.get(key);
        if (formatter == null) {
            if (FORMATTERS.size() > 64) {
                FORMATTERS.clear();
            }
            formatter = FORMATTERS.computeIfAbsent(key, Pattern::formatter);
        }
        return formatter;
    }
}
