package org.reelpress.comment;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.reelpress.identity.Commenter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How many comments one address, and one signed-in account, may send a minute and an hour. */
@Component
class CommentRateLimits {

    static final String MESSAGE = "You are commenting faster than this blog allows; wait a minute and post again.";

    private final int perMinute;
    private final int perHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(2, TimeUnit.HOURS).build();

    CommentRateLimits(@Value("${reelpress.comments.per-minute:5}") int perMinute,
                      @Value("${reelpress.comments.per-hour:30}") int perHour) {
        this.perMinute = perMinute;
        this.perHour = perHour;
    }

    /** Takes one comment from the allowance of the sender's address and account; false when either is used up. */
    boolean allow(String ip, Commenter signedIn) {
        boolean address = bucket("address " + ip).tryConsume(1);
        return (signedIn == null || bucket("account " + signedIn.userId()).tryConsume(1)) && address;
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build());
    }
}
