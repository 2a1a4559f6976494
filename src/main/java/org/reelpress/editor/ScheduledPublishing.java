package org.reelpress.editor;

import java.time.Clock;
import java.util.List;

import org.reelpress.post.PostChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts scheduled posts live when their time comes. The schedule is the posts table itself, so it
 * survives restarts: at startup the blog catches up on every post whose time passed while it was
 * down. One conditional UPDATE takes each post from scheduled to published, so when several
 * instances share a PostgreSQL database only the one whose UPDATE changed the row announces it.
 */
@Component
class ScheduledPublishing {

    private final JdbcClient db;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ScheduledPublishing(JdbcClient db, Clock clock, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStartup() {
        publishDue();
    }

    @Scheduled(initialDelayString = "${reelpress.scheduler.interval:PT10S}",
            fixedDelayString = "${reelpress.scheduler.interval:PT10S}")
    void onSchedule() {
        publishDue();
    }

    /** Publishes every scheduled post whose time has come, announcing each; returns their ids. */
    List<Long> publishDue() {
        long now = clock.millis();
        return transaction.execute(status -> {
            List<Long> published = db.sql("""
                    UPDATE posts SET status = 'published', updated_at = :now, version = version + 1
                    WHERE status = 'scheduled' AND published_at <= :now
                    RETURNING id""")
                    .param("now", now).query(Long.class).list();
            published.forEach(id -> events.publishEvent(new PostChanged(id)));
            return published;
        });
    }
}
