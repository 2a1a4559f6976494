package org.reelpress.identity;

import java.time.Instant;

/** An account: a writer with a password, or a commenter who signed in elsewhere. */
public record User(long id, String login, String email, String displayName, Role role,
                   boolean claimed, Instant createdAt) {
}
