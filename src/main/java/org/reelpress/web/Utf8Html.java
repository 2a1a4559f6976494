package org.reelpress.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Markup already made safe, kept as UTF-8 bytes and written into a page as they are: a comment's
 * sanitized body as the database gave it, or a time element the blog built and keeps
 * ({@code site/DateTexts}). A page of comments is mostly such bodies, and reading each into a
 * {@code String} only to encode it back into the same bytes was a tenth of the work of a page
 * rendered without the page cache. A template writes it with {@code ${...}}: jte writes content of
 * this kind without escaping it.
 */
public final class Utf8Html implements Content {

    private final byte[] utf8;

    private Utf8Html(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** Markup that is safe to show as it is, as UTF-8; the array is kept, not copied: hand over one nobody changes. */
    public static Utf8Html of(byte[] utf8) {
        return new Utf8Html(utf8);
    }

    public static Utf8Html of(String html) {
        return new Utf8Html(html.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(utf8);
    }

    @Override
    public boolean isEmptyContent() {
        return utf8.length == 0;
    }

    /** The markup as text, for a feed, an API response or a test. */
    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8Html html && Arrays.equals(utf8, html.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return text();
    }
}
