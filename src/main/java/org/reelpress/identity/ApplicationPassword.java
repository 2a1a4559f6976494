package org.reelpress.identity;

import java.time.Instant;

/** One of a writer's application passwords as their account page lists it; {@code lastUsedAt} is null until used. */
public record ApplicationPassword(long id, String name, Instant createdAt, Instant lastUsedAt) {
}
