package org.reelpress.post;

import java.time.Instant;

import org.reelpress.work.Rating;
import org.reelpress.work.Work;

/** A published review or page as readers see it. {@code work} and {@code rating} may be null. */
public record Post(long id, String slug, String title, String html, String excerpt, String authorName,
                   Work work, Rating rating, boolean commentsOpen, Instant publishedAt, Instant updatedAt) {
}
