package org.reelpress.feed;

/**
 * Text as XML 1.0 allows it. Titles and bodies may hold control characters pasted from elsewhere,
 * or a lone half of a surrogate pair; XML 1.0 forbids them, and one would make the whole feed
 * unreadable. They are dropped; everything else, emoji and every script included, is kept.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
