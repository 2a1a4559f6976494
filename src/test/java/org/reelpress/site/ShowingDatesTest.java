package org.reelpress.site;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShowingDatesTest {

    private static final Instant NEW_YEAR_IN_SEOUL = Instant.parse("2012-12-31T15:30:00Z");

    private static SiteSettings site(String language, String zone, String date, String time) {
        SiteSettings d = SiteSettings.DEFAULTS;
        return new SiteSettings(d.title(), d.tagline(), language, ZoneId.of(zone), date, time, d.postsPerPage(),
                d.threadDepth(), d.comments(), d.siteUrl(), d.permalinks(), List.of(), d.feedContent());
    }

    @Test
    void showsADateInTheWritersPatternsLanguageAndZone() {
        assertThat(site("en", "UTC", "MMMM d, yyyy", "h:mm a").dateAndTime(NEW_YEAR_IN_SEOUL))
                .isEqualTo("December 31, 2012 at 3:30 PM");
        assertThat(site("ko", "Asia/Seoul", "yyyy년 M월 d일", "a h:mm").dateAndTime(NEW_YEAR_IN_SEOUL))
                .isEqualTo("2013년 1월 1일 at 오전 12:30");
        assertThat(site("ko", "Asia/Seoul", "yyyy년 M월 d일", "a h:mm").date(NEW_YEAR_IN_SEOUL)).isEqualTo("2013년 1월 1일");
    }

    @Test
    void showsTheSameInstantAnewAfterTheWriterChangesZonePatternOrLanguage() {
        assertThat(site("en", "UTC", "MMMM d, yyyy", "h:mm a").date(NEW_YEAR_IN_SEOUL)).isEqualTo("December 31, 2012");
        assertThat(site("en", "Asia/Seoul", "MMMM d, yyyy", "h:mm a").date(NEW_YEAR_IN_SEOUL)).isEqualTo("January 1, 2013");
        assertThat(site("en", "UTC", "yyyy-MM-dd", "h:mm a").date(NEW_YEAR_IN_SEOUL)).isEqualTo("2012-12-31");
        assertThat(site("en", "UTC", "yyyy-MM-dd", "HH:mm").dateAndTime(NEW_YEAR_IN_SEOUL)).isEqualTo("2012-12-31 at 15:30");
        assertThat(site("fr", "UTC", "d MMMM yyyy", "HH:mm").date(NEW_YEAR_IN_SEOUL)).isEqualTo("31 décembre 2012");
        assertThat(site("en", "UTC", "d MMMM yyyy", "HH:mm").date(NEW_YEAR_IN_SEOUL)).isEqualTo("31 December 2012");
    }

    @Test
    void givesMachinesTheInstantInUtcWhateverTheWritersZone() {
        assertThat(site("ko", "Asia/Seoul", "yyyy년 M월 d일", "a h:mm").machineTime(NEW_YEAR_IN_SEOUL))
                .isEqualTo("2012-12-31T15:30:00Z");
        assertThat(site("en", "UTC", "MMMM d, yyyy", "h:mm a").machineTime(Instant.ofEpochMilli(1_356_967_800_123L)))
                .isEqualTo("2012-12-31T15:30:00.123Z");
    }

    @Test
    void writesEveryInstantForMachinesAsTheJdkDoes() {
        var random = new java.util.Random(20261126);
        var instants = new java.util.ArrayList<>(java.util.List.of(Instant.EPOCH, Instant.ofEpochMilli(-1),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.999Z"),
                Instant.parse("9999-12-31T23:59:59.999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("2024-02-29T23:59:59.001Z"), Instant.parse("1969-12-31T12:00:00.500Z"),
                Instant.parse("2026-11-26T08:15:30.123456Z"), Instant.parse("2026-11-26T08:15:30.000000001Z"),
                Instant.MIN, Instant.MAX));
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochMilli(random.nextLong(-70_000_000_000_000L, 260_000_000_000_000L)));
            instants.add(Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L)));
        }
        SiteSettings site = site("en", "Asia/Seoul", "MMMM d, yyyy", "h:mm a");
        for (Instant instant : instants) {
            assertThat(site.machineTime(instant)).isEqualTo(instant.toString());
        }
    }
}
