package org.reelpress.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code search_changes}: which posts' search documents must be made again, in the order the changes were logged. */
@Repository
class ChangeLog {

    /** One logged change: post {@code postId} changed. */
    record Change(long id, long postId) {
    }

    private final JdbcClient db;

    ChangeLog(JdbcClient db) {
        this.db = db;
    }

    /** Logs a change to {@code postId}; inside the writer's transaction when there is one, so both are kept or neither. */
    void append(long postId, long now) {
        db.sql("INSERT INTO search_changes (post_id, changed_at) VALUES (:post, :now)")
                .param("post", postId).param("now", now).update();
    }

    /** Every committed change after {@code id}, oldest first. */
    List<Change> after(long id) {
        return db.sql("SELECT id, post_id FROM search_changes WHERE id > :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getLong("post_id"))).list();
    }

    /** Deletes the changes logged before {@code time}; returns how many. */
    int prune(long time) {
        return db.sql("DELETE FROM search_changes WHERE changed_at < :time").param("time", time).update();
    }
}
