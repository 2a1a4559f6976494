package org.reelpress.search;

import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlSanitizer;

/**
 * The text a reader reads in a post's HTML, as plain text for the index and its snippets. What
 * sits in a spoiler block is left out: a search must not give away an ending the writer hid.
 */
final class HtmlText {

    private static final Set<String> INLINE = Set.of("a", "em", "strong", "b", "i", "u", "s", "del", "ins",
            "sub", "sup", "code", "span");

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(html == null ? "" : html, new HtmlSanitizer.Policy() {
            private int spoilerDepth;
            private int detailsDepth;

            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String name, List<String> attributes) {
                if (name.equals("details")) {
                    detailsDepth++;
                    if (spoilerDepth == 0 && isSpoiler(attributes)) {
                        spoilerDepth = detailsDepth;
                    }
                }
                if (!INLINE.contains(name)) {
                    text.append(' ');
                }
            }

            @Override
            public void closeTag(String name) {
                if (name.equals("details")) {
                    if (spoilerDepth == detailsDepth) {
                        spoilerDepth = 0;
                    }
                    detailsDepth--;
                }
                if (!INLINE.contains(name)) {
                    text.append(' ');
                }
            }

            @Override
            public void text(String chunk) {
                if (spoilerDepth == 0) {
                    text.append(chunk);
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean isSpoiler(List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("class") && List.of(attributes.get(i + 1).split("\\s+")).contains("spoiler")) {
                return true;
            }
        }
        return false;
    }
}
