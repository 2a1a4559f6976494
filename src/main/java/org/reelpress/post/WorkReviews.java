package org.reelpress.post;

import org.reelpress.work.WorkChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every review shows its work: when the work is edited, each of its reviews has changed for readers, search and caches. */
@Component
class WorkReviews {

    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    WorkReviews(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @EventListener
    void on(WorkChanged changed) {
        db.sql("SELECT id FROM posts WHERE work_id = :work").param("work", changed.workId()).query(Long.class).list()
                .forEach(post -> events.publishEvent(new PostChanged(post)));
    }
}
