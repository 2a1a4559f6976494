package org.reelpress.identity;

import java.time.Instant;

/**
 * An account: a writer with a password, or a commenter who signed in elsewhere.
 * {@code hasPassword} is false for commenters and for a fresh blog's unclaimed administrator.
 */
public record User(long id, String login, String email, String displayName, Role role,
                   boolean hasPassword, boolean blocked, boolean deleted, Instant createdAt) {
}
