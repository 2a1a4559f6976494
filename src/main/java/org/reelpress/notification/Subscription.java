package org.reelpress.notification;

import java.time.Instant;

/**
 * One address that hears of new comments on one post, once confirmed and until unsubscribed.
 * {@code token} is the secret in its confirm and unsubscribe links.
 */
record Subscription(long id, long postId, String email, String token, Instant confirmedAt, Instant unsubscribedAt) {

    boolean active() {
        return confirmedAt != null && unsubscribedAt == null;
    }
}
