package org.reelpress.search;

/** A category, tag or work ({@code kind}) a post is filed under: what a search can be narrowed to. */
public record Filed(String kind, String slug, String name) {
}
