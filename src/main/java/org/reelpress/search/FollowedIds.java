package org.reelpress.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which change-log ids an index has applied. Ids are handed out when a change is logged, but
 * transactions commit in their own order: a lower id may show up after higher ones. So the
 * position is the last id below which nothing is missing; ids applied above it are remembered,
 * and a missing id is waited for up to {@code gapWait} before it is taken for a rolled-back one.
 * Not thread-safe: one caller at a time.
 */
final class FollowedIds {

    private final Duration gapWait;
    private final Set<Long> appliedAbove = new HashSet<>();
    private final Map<Long, Long> missingSince = new HashMap<>();
    private long position;

    FollowedIds(long position, Duration gapWait) {
        this.position = position;
        this.gapWait = gapWait;
    }

    long position() {
        return position;
    }

    boolean applied(long id) {
        return id <= position || appliedAbove.contains(id);
    }

    void apply(long id) {
        if (id > position) {
            appliedAbove.add(id);
        }
    }

    /** Starts again at {@code id}, as after a rebuild that took in everything up to it. */
    void restartAt(long id) {
        position = id;
        appliedAbove.clear();
        missingSince.clear();
    }

    /**
     * Moves the position over every id applied, or missing for longer than the wait, up to
     * {@code newest}; {@code oldestSeen} is the lowest id the log held, for a first read from the
     * start (older ones were pruned). Returns whether the position moved.
     */
    boolean advance(long oldestSeen, long newest, long nowMillis) {
        long before = position;
        if (position == 0) {
            position = oldestSeen - 1;
        }
        for (long id = position + 1; id <= newest; id++) {
            if (appliedAbove.remove(id)) {
                position = id;
                missingSince.remove(id);
                continue;
            }
            long since = missingSince.computeIfAbsent(id, missing -> nowMillis);
            if (nowMillis - since < gapWait.toMillis()) {
                break;
            }
            missingSince.remove(id);
            position = id;
        }
        for (long id = position + 1; id <= newest; id++) {
            if (!appliedAbove.contains(id)) {
                missingSince.putIfAbsent(id, nowMillis);
            }
        }
        return position != before;
    }
}
