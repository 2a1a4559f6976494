package org.reelpress.search;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.reelpress.site.ReelpressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings this instance's index up to the change log ({@link ChangeLog}): at start (changes
 * committed while it was down, or just before it was killed), right after this instance commits a
 * change, and every second for changes made through other instances.
 * The ids applied are kept in {@link FollowedIds}, its position in {@link LogPosition}.
 */
@Component
class IndexCatchUp {

    static final Duration GAP_WAIT = Duration.ofHours(1);
    private static final Duration KEEP = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

    private final SearchIndex index;
    private final ChangeLog changes;
    private final LogPosition stored;
    private final Clock clock;
    private final ReentrantLock applying = new ReentrantLock();
    private final FollowedIds followed;
    private boolean started;

    IndexCatchUp(SearchIndex index, ChangeLog changes, ReelpressProperties blog, Clock clock) {
        this.index = index;
        this.changes = changes;
        this.stored = new LogPosition(blog.dataDir().resolve("search"));
        this.clock = clock;
        this.followed = new FollowedIds(stored.read(), GAP_WAIT);
    }

    /** At start, before readers search: what was committed while this instance was down or not yet indexed when it stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        now();
    }

    @Scheduled(initialDelayString = "${reelpress.search.follow-interval:PT1S}",
            fixedDelayString = "${reelpress.search.follow-interval:PT1S}")
    void onSchedule() {
        now();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void pruneOldChanges() {
        int pruned = changes.prune(clock.millis() - KEEP.toMillis());
        log.debug("Pruned {} search changes older than {}", pruned, KEEP);
    }

    /** Applies every committed change this index has not applied yet; a database that cannot be reached is tried again at the next call. */
    void now() {
        applying.lock();
        try {
            long position = followed.position();
            List<ChangeLog.Change> logged = changes.after(position);
            if (!started && position > 0 && !logged.isEmpty() && logged.getFirst().id() > position + 1) {
                rebuildAfterALongAbsence(logged.getLast().id());
                return;
            }
            started = true;
            Set<Long> posts = new LinkedHashSet<>();
            logged.stream().filter(change -> !followed.applied(change.id())).forEach(change -> posts.add(change.postId()));
            posts.forEach(this::follow);
            logged.forEach(change -> followed.apply(change.id()));
            if (!logged.isEmpty() && followed.advance(logged.getFirst().id(), logged.getLast().id(), clock.millis())) {
                stored.write(followed.position());
            }
        } catch (DataAccessException e) {
            log.warn("The search index cannot read the change log now ({}); trying again shortly", e.getMessage());
        } catch (RuntimeException e) {
            log.error("The search index could not catch up with the change log; trying again shortly", e);
        } finally {
            applying.unlock();
        }
    }

    /**
     * Changes this index never saw may have been pruned while it was away (a day or more): the
     * database has them all, so the index is made again from it.
     */
    private void rebuildAfterALongAbsence(long newest) {
        log.info("The search change log has moved on since this index last followed it; rebuilding the index");
        index.rebuild();
        started = true;
        followed.restartAt(newest);
        stored.write(newest);
    }

    private void follow(long postId) {
        try {
            index.follow(postId);
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("The search index could not follow post {}; rebuild it from /admin/search", postId, e);
        }
    }
}
