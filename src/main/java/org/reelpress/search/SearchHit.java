package org.reelpress.search;

import java.time.Instant;

/**
 * One result: {@code titleHtml} and {@code snippetHtml} are escaped HTML with the words found in
 * {@code <mark>}; {@code snippetHtml} is empty when the words were found elsewhere than in the text.
 */
public record SearchHit(long id, String permalink, String titleHtml, String snippetHtml, Instant publishedAt) {
}
