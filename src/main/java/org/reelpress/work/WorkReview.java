package org.reelpress.work;

import java.time.Instant;

/** A published review of a work, as its page lists it. {@code rating} may be null. */
public record WorkReview(long id, String slug, String title, String excerpt, Rating rating, Instant publishedAt) {
}
