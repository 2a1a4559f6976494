package org.reelpress.post;

import java.time.Instant;

import org.reelpress.work.Rating;
import org.reelpress.work.Work;

/** A review as listed on the front page and in archives. */
public record PostSummary(long id, String slug, String title, String excerpt, String authorName,
                          Work work, Rating rating, Instant publishedAt, int commentCount) {
}
