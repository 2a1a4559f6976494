package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.reelpress.site.SettingsForTests;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

class BayesCheckTest {

    private final JdbcClient db = JdbcClient.create(Engine.SQLITE.newMigratedDatabase());
    private final SpamFilter filter = new SpamFilter(db, new CommentRepository(db, new Avatars(new Signatures(SettingsForTests.on(db)))));
    private final BayesCheck check = new BayesCheck(filter);

    private Finding.Verdict verdictOn(String comment) {
        CommentSubmission form = new CommentSubmission("1", "", comment, "Someone", "someone@example.com", "", "", "", "", "");
        return check.check(new CommentAttempt(form, new CommentTarget(1, "A review", true, "/p/"), null, "192.0.2.1", "test",
                Instant.now())).verdict();
    }

    @Test
    void passesEverythingWhileTheFilterIsUntrained() {
        assertThat(verdictOn("Cheap pills online casino bonus")).isEqualTo(Finding.Verdict.PASS);
    }

    @Test
    void keepsWhatTheFilterIsSureOfAsSpamAndPassesFilmTalk() {
        for (int i = 0; i < 5; i++) {
            filter.learn("cheap pills online casino bonus free spins crypto airdrop loans " + i, true);
            filter.learn("the director frames the long take beautifully and the score carries the ending " + i, false);
        }

        assertThat(verdictOn("casino bonus with free spins and cheap pills")).isEqualTo(Finding.Verdict.SPAM);
        assertThat(verdictOn("the long take and the score at the ending")).isEqualTo(Finding.Verdict.PASS);
    }

    @Test
    void holdsWhatTheFilterFindsLikelyButNotCertain() {
        filter.learn("casino", true);
        filter.learn("director", false);

        // one spam token seen once: (2/3) / (2/3 + 1/3) = 0.667, below both thresholds
        assertThat(verdictOn("casino")).isEqualTo(Finding.Verdict.PASS);
        for (int i = 0; i < 20; i++) {
            filter.learn("casino " + i, true);
        }
        for (int i = 0; i < 20; i++) {
            filter.learn("director " + i, false);
        }
        // seen in 21 of 21 spam and 0 of 21 ham: (22/23) / (22/23 + 1/23) = 0.957
        assertThat(verdictOn("casino")).isEqualTo(Finding.Verdict.HOLD);
    }
}
