package org.reelpress.identity;

/** Where a signed-in user's picture, copied from their provider, is served. */
public final class Pictures {

    private Pictures() {
    }

    public static String of(long userId) {
        return "/avatars/users/" + userId;
    }
}
