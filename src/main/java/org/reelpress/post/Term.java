package org.reelpress.post;

/** A category or a tag. */
public record Term(long id, Taxonomy taxonomy, String slug, String name) {
}
