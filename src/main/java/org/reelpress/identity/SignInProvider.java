package org.reelpress.identity;

/** An external account readers may sign in with: its registration id and the name shown on its button. */
public record SignInProvider(String id, String label) {
}
