package org.reelpress.identity;

/** What every signed-in principal tells about itself: whose account it is and how they signed in. */
interface SignedIn {

    /** How a writer who typed a password signed in, where an external sign-in names its provider. */
    String PASSWORD = "password";

    long userId();

    String provider();
}
