package org.reelpress.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review's HTML links to the blog's own images and pages by path ({@code /media/…}); a feed
 * reader shows it somewhere else, so those paths become absolute. The HTML comes from the
 * sanitizer, which always quotes attributes with double quotes.
 */
final class AbsoluteLinks {

    private static final Pattern ROOTED = Pattern.compile("\\b(href|src)=\"/(?!/)");
    private static final Pattern SRCSET = Pattern.compile("\\bsrcset=\"([^\"]*)\"");
    private static final Pattern SRCSET_PATH = Pattern.compile("(^|,\\s*)/(?!/)");

    private AbsoluteLinks() {
    }

    static String in(String html, String base) {
        String linked = ROOTED.matcher(html).replaceAll(m -> m.group(1) + "=\"" + Matcher.quoteReplacement(base) + "/");
        return SRCSET.matcher(linked).replaceAll(m -> Matcher.quoteReplacement("srcset=\""
                + SRCSET_PATH.matcher(m.group(1)).replaceAll(p -> p.group(1) + Matcher.quoteReplacement(base) + "/") + "\""));
    }
}
