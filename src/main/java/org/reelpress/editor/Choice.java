package org.reelpress.editor;

/** An option of a select: an author, a category, a tag or a work, by id. */
public record Choice(long id, String label) {
}
