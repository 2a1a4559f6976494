package org.reelpress.post;

/** A writer as their archive shows them: {@code /author/{login}/}. */
public record Author(long id, String login, String name) {
}
