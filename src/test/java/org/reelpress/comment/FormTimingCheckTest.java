package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.reelpress.site.SettingsForTests;
import org.reelpress.site.SettingsRepository;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

class FormTimingCheckTest {

    private static final Instant SHOWN = Instant.parse("2026-03-01T12:00:00Z");

    private final SettingsRepository settings = SettingsForTests.on(JdbcClient.create(Engine.SQLITE.newMigratedDatabase()));
    private final FormTimingCheck timing = new FormTimingCheck(new Signatures(settings), Clock.fixed(SHOWN, ZoneOffset.UTC), 3);
    private final String stamp = timing.stamp();

    private Finding.Verdict sentAfter(Duration taken, String stamp) {
        CommentSubmission form = new CommentSubmission("1", "", "Hello", "Hana", "hana@example.com", "", "", "", "", stamp);
        return timing.check(new CommentAttempt(form, new CommentTarget(1, "A review", true, "/p/"), null, "127.0.0.1", "test",
                SHOWN.plus(taken))).verdict();
    }

    @Test
    void keepsAFormSentFasterThanAPersonTypesAsSpam() {
        assertThat(sentAfter(Duration.ofMillis(400), stamp)).isEqualTo(Finding.Verdict.SPAM);
        assertThat(sentAfter(Duration.ofMillis(2_999), stamp)).isEqualTo(Finding.Verdict.SPAM);
    }

    @Test
    void passesAFormSentAfterAFewSecondsUpToADay() {
        assertThat(sentAfter(Duration.ofSeconds(3), stamp)).isEqualTo(Finding.Verdict.PASS);
        assertThat(sentAfter(Duration.ofHours(23), stamp)).isEqualTo(Finding.Verdict.PASS);
    }

    @Test
    void holdsAFormShownMoreThanADayAgo() {
        assertThat(sentAfter(Duration.ofHours(25), stamp)).isEqualTo(Finding.Verdict.HOLD);
    }

    @Test
    void holdsAFormWithoutATimeOrWithATimeThisBlogDidNotSign() {
        String earlier = (SHOWN.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));
        String otherBlogs = new FormTimingCheck(new Signatures(SettingsForTests.on(JdbcClient.create(Engine.SQLITE.newMigratedDatabase()))),
                Clock.fixed(SHOWN, ZoneOffset.UTC), 3).stamp();

        assertThat(sentAfter(Duration.ofMinutes(1), null)).isEqualTo(Finding.Verdict.HOLD);
        assertThat(sentAfter(Duration.ofMinutes(1), "")).isEqualTo(Finding.Verdict.HOLD);
        assertThat(sentAfter(Duration.ofMinutes(1), "junk.junk")).isEqualTo(Finding.Verdict.HOLD);
        assertThat(sentAfter(Duration.ofMinutes(1), "9999999999999999999.x")).as("a time past any long").isEqualTo(Finding.Verdict.HOLD);
        assertThat(sentAfter(Duration.ofMinutes(1), earlier)).as("time changed, signature kept").isEqualTo(Finding.Verdict.HOLD);
        assertThat(sentAfter(Duration.ofMinutes(1), otherBlogs)).isEqualTo(Finding.Verdict.HOLD);
        assertThat(sentAfter(Duration.ofMinutes(1), stamp)).isEqualTo(Finding.Verdict.PASS);
    }
}
