package org.reelpress.post;

import java.text.Normalizer;
import java.util.Locale;

/** Makes URL slugs from titles, keeping letters of every script: "7번방의 선물" → "7번방의-선물". */
public final class Slugs {

    private static final int MAX_CODE_POINTS = 120;

    private Slugs() {
    }

    public static String from(String title) {
        String composed = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean dashPending = false;
        int kept = 0;
        for (int i = 0; i < composed.length() && kept < MAX_CODE_POINTS; ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (dashPending && !slug.isEmpty()) {
                    slug.append('-');
                }
                dashPending = false;
                slug.appendCodePoint(cp);
                kept++;
            } else if (cp != '\'' && cp != '’') {
                dashPending = true;
            }
        }
        return slug.isEmpty() ? "untitled" : slug.toString();
    }

    /** Slugs arrive from URLs in whatever normalization the browser used; compare them composed. */
    public static String normalize(String slug) {
        return Normalizer.normalize(slug, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
