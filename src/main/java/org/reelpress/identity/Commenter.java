package org.reelpress.identity;

/** The signed-in reader behind a request, as the comment form shows them. */
public record Commenter(long userId, String displayName, String email, String provider, String providerLabel,
                        boolean blocked) {

    /** True when they typed their password here, rather than signing in with an account elsewhere. */
    public boolean signedInWithPassword() {
        return SignedIn.PASSWORD.equals(provider);
    }
}
