package org.reelpress.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.reelpress.cache.LossyCache;

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
    private static final LossyCache<Shown, String> TEXTS = new LossyCache<>(32_768);

    private DateTexts() {
    }

    /** {@code instant} in the patterns {@code date}, then {@code time} after "at" (null: the date alone). */
    static String format(Instant instant, String date, String time, String language, ZoneId zone) {
        DateTimeFormatter formatter = formatter(new Pattern(language, date, time));
        return TEXTS.get(new Shown(formatter, zone, instant.toEpochMilli()), shown -> formatter.format(instant.atZone(zone)));
    }

    /**
     * {@code instant} as ISO 8601 in UTC, exactly as {@link Instant#toString()} writes it: what a time
     * element's datetime holds. An instant of the years 0 to 9999 to the millisecond, which every
     * stored time is, is written here digit by digit, at a fraction of the JDK formatter's cost;
     * any other goes to the JDK.
     */
    static String iso(Instant instant) {
        int nanos = instant.getNano();
        long seconds = instant.getEpochSecond();
        if (nanos % 1_000_000 != 0 || seconds < YEAR_0 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int second = (int) Math.floorMod(seconds, 86_400);
        int millis = nanos / 1_000_000;
        byte[] text = new byte[millis == 0 ? 20 : 24];
        digits(text, 0, day.getYear(), 4);
        text[4] = '-';
        digits(text, 5, day.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, day.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, second / 3600, 2);
        text[13] = ':';
        digits(text, 14, second / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, second % 60, 2);
        if (millis != 0) {
            text[19] = '.';
            digits(text, 20, millis, 3);
        }
        text[text.length - 1] = 'Z';
        return new String(text, StandardCharsets.US_ASCII);
    }

    private static final long YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    private static final long YEAR_10000 = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400;

    /** {@code value} as {@code count} decimal digits, zero-padded, into {@code text} from {@code at}. */
    private static void digits(byte[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
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
