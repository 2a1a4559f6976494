package org.reelpress.post;

/** A review's Markdown turned into safe HTML, and the plain-text excerpt shown in lists. */
public record RenderedPost(String html, String excerpt) {
}
