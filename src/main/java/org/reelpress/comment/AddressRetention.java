package org.reelpress.comment;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A commenter's IP address and browser are kept for moderators (to spot a spammer's run) and
 * only as long as that needs: past the retention period they are erased, every hour, on every
 * instance (erasing twice does no harm).
 */
@Component
class AddressRetention {

    private static final Logger log = LoggerFactory.getLogger(AddressRetention.class);

    private final JdbcClient db;
    private final Clock clock;
    private final Duration kept;

    AddressRetention(JdbcClient db, Clock clock, @Value("${reelpress.comments.keep-addresses-days:60}") int days) {
        this.db = db;
        this.clock = clock;
        this.kept = Duration.ofDays(Math.max(0, days));
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void eraseExpired() {
        int erased = db.sql("""
                UPDATE comments SET ip = NULL, user_agent = NULL
                WHERE created_at < :cutoff AND (ip IS NOT NULL OR user_agent IS NOT NULL)""")
                .param("cutoff", clock.instant().minus(kept).toEpochMilli()).update();
        if (erased > 0) {
            log.info("Erased the IP address and browser of {} comments older than {} days", erased, kept.toDays());
        }
    }
}
