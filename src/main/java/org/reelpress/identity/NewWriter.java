package org.reelpress.identity;

/** A writer account to make from the command line; the password travels beside it, never in it. */
record NewWriter(Role role, String login, String email, String displayName) {
}
