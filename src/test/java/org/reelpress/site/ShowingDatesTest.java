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

    /** The time element a page shows for the instant, with its date alone. */
    private static String dateShown(SiteSettings site, Instant instant) {
        return site.dateElement(instant).text();
    }

    @Test
    void showsADateInTheWritersPatternsLanguageAndZone() {
        assertThat(site("en", "UTC", "MMMM d, yyyy", "h:mm a").dateAndTime(NEW_YEAR_IN_SEOUL))
                .isEqualTo("December 31, 2012 at 3:30 PM");
        assertThat(site("ko", "Asia/Seoul", "yyyy년 M월 d일", "a h:mm").dateAndTime(NEW_YEAR_IN_SEOUL))
                .isEqualTo("2013년 1월 1일 at 오전 12:30");
        assertThat(site("ko", "Asia/Seoul", "yyyy년 M월 d일", "a h:mm").dateAndTimeElement(NEW_YEAR_IN_SEOUL).text())
                .isEqualTo("<time datetime=\"2012-12-31T15:30:00Z\">2013년 1월 1일 at 오전 12:30</time>");
        assertThat(dateShown(site("ko", "Asia/Seoul", "yyyy년 M월 d일", "a h:mm"), NEW_YEAR_IN_SEOUL))
                .isEqualTo("<time datetime=\"2012-12-31T15:30:00Z\">2013년 1월 1일</time>");
    }

    @Test
    void showsTheSameInstantAnewAfterTheWriterChangesZonePatternOrLanguage() {
        assertThat(dateShown(site("en", "UTC", "MMMM d, yyyy", "h:mm a"), NEW_YEAR_IN_SEOUL)).endsWith(">December 31, 2012</time>");
        assertThat(dateShown(site("en", "Asia/Seoul", "MMMM d, yyyy", "h:mm a"), NEW_YEAR_IN_SEOUL)).endsWith(">January 1, 2013</time>");
        assertThat(dateShown(site("en", "UTC", "yyyy-MM-dd", "h:mm a"), NEW_YEAR_IN_SEOUL)).endsWith(">2012-12-31</time>");
        assertThat(site("en", "UTC", "yyyy-MM-dd", "HH:mm").dateAndTime(NEW_YEAR_IN_SEOUL)).isEqualTo("2012-12-31 at 15:30");
        assertThat(site("en", "UTC", "yyyy-MM-dd", "HH:mm").dateAndTimeElement(NEW_YEAR_IN_SEOUL).text())
                .endsWith(">2012-12-31 at 15:30</time>");
        assertThat(dateShown(site("fr", "UTC", "d MMMM yyyy", "HH:mm"), NEW_YEAR_IN_SEOUL)).endsWith(">31 décembre 2012</time>");
        assertThat(dateShown(site("en", "UTC", "d MMMM yyyy", "HH:mm"), NEW_YEAR_IN_SEOUL)).endsWith(">31 December 2012</time>");
    }

    @Test
    void givesMachinesTheInstantInUtcWhateverTheWritersZone() {
        assertThat(dateShown(site("ko", "Asia/Seoul", "yyyy년 M월 d일", "a h:mm"), NEW_YEAR_IN_SEOUL))
                .startsWith("<time datetime=\"2012-12-31T15:30:00Z\">");
        assertThat(site("en", "UTC", "MMMM d, yyyy", "h:mm a").dateAndTimeElement(Instant.ofEpochMilli(1_356_967_800_123L)).text())
                .startsWith("<time datetime=\"2012-12-31T15:30:00.123Z\">");
    }

    @Test
    void keepsEachInstantsOwnDatetimeThoughTwoShareTheirMinuteAndMillisecond() {
        SiteSettings site = site("en", "UTC", "MMMM d, yyyy", "h:mm a");
        Instant first = Instant.parse("2026-11-26T08:15:30.123456Z");
        Instant second = Instant.parse("2026-11-26T08:15:30.123999Z");
        assertThat(site.dateAndTimeElement(first).text()).startsWith("<time datetime=\"2026-11-26T08:15:30.123456Z\">");
        assertThat(site.dateAndTimeElement(second).text()).startsWith("<time datetime=\"2026-11-26T08:15:30.123999Z\">");
        assertThat(site.dateAndTimeElement(first).text()).startsWith("<time datetime=\"2026-11-26T08:15:30.123456Z\">");
    }

    @Test
    void escapesWhatTheWritersPatternQuotes() {
        SiteSettings site = site("en", "UTC", "d MMM yyyy '<b>&'", "HH:mm");
        assertThat(dateShown(site, NEW_YEAR_IN_SEOUL))
                .isEqualTo("<time datetime=\"2012-12-31T15:30:00Z\">31 Dec 2012 &lt;b&gt;&amp;</time>");
    }
}
