package org.reelpress.post;

/**
 * A post or page was created, edited, published, unpublished, trashed or deleted. Listeners
 * (search, feeds, the page cache) read it again by id and learn its new state from the database,
 * so the one event serves every kind of change. Published after the change is written, inside
 * its transaction: listeners that must see it committed use {@code @TransactionalEventListener}.
 */
public record PostChanged(long postId) {
}
