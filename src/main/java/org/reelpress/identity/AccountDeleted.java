package org.reelpress.identity;

/** Published once a user's account is deleted: each feature forgets what it keeps about them. */
public record AccountDeleted(long userId) {
}
