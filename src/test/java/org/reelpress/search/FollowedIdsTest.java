package org.reelpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Changes committed out of the order of their ids are each applied once, and none is skipped while it may still come. */
class FollowedIdsTest {

    private static final Duration WAIT = Duration.ofMinutes(10);

    @Test
    void staysBelowAChangeNotCommittedYetAndAppliesItWhenItComes() {
        FollowedIds followed = new FollowedIds(10, WAIT);
        followed.apply(11);
        followed.apply(13); // 12 was logged first but its transaction has not committed yet

        assertThat(followed.advance(11, 13, 0)).isTrue();
        assertThat(followed.position()).isEqualTo(11);
        assertThat(followed.applied(13)).isTrue();
        assertThat(followed.applied(12)).isFalse();

        followed.apply(12); // committed a moment later
        followed.advance(12, 13, 1_000);

        assertThat(followed.position()).isEqualTo(13);
    }

    @Test
    void takesAnIdMissingForLongerThanTheWaitForARolledBackChange() {
        FollowedIds followed = new FollowedIds(10, WAIT);
        followed.apply(12);

        followed.advance(12, 12, 0);
        assertThat(followed.position()).isEqualTo(10);

        followed.advance(12, 12, WAIT.toMillis() - 1);
        assertThat(followed.position()).isEqualTo(10);

        followed.advance(12, 12, WAIT.toMillis());
        assertThat(followed.position()).isEqualTo(12);
    }

    @Test
    void readingFromTheStartBeginsAtTheOldestChangeStillLogged() {
        FollowedIds followed = new FollowedIds(0, WAIT);
        followed.apply(500);
        followed.apply(501);

        followed.advance(500, 501, 0);

        assertThat(followed.position()).isEqualTo(501);
    }

    @Test
    void aRebuildStartsAgainPastEverythingItTookIn() {
        FollowedIds followed = new FollowedIds(10, WAIT);
        followed.apply(14);

        followed.restartAt(20);

        assertThat(followed.position()).isEqualTo(20);
        assertThat(followed.applied(15)).isTrue();
        assertThat(followed.applied(21)).isFalse();
    }
}
