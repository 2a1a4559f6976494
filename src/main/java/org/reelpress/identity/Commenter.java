package org.reelpress.identity;

/** The signed-in reader behind a request, as the comment form shows them. */
public record Commenter(long userId, String displayName, String email, String provider, String providerLabel,
                        boolean blocked) {
}
