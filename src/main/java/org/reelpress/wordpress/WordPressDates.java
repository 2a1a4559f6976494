package org.reelpress.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** WordPress writes times as "2013-01-23 10:15:00", once in the blog's time zone and once in UTC ("GMT"). */
final class WordPressDates {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WordPressDates() {
    }

    /** The instant of the GMT time, else of the local time in {@code zone}; null when neither is a real time. */
    static Instant instant(String gmt, String local, ZoneId zone) {
        LocalDateTime utc = parse(gmt);
        if (utc != null) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        LocalDateTime there = parse(local);
        return there == null ? null : there.atZone(zone).toInstant();
    }

    static String gmt(Instant instant) {
        return instant == null ? "0000-00-00 00:00:00" : FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? "0000-00-00 00:00:00" : FORMAT.format(instant.atZone(zone));
    }

    private static LocalDateTime parse(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
