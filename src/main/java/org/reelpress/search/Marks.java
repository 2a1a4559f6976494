package org.reelpress.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes passages as HTML: the words found in {@code <mark>}, every other character escaped,
 * passages apart joined with " … ". A passage longer than {@code maxChars} (a sentence that never
 * ends) is cut to that length around its first word.
 */
final class Marks extends PassageFormatter {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final String BETWEEN = " … ";
    /** How much of a cut passage stands before its first word. */
    private static final int BEFORE_CHARS = 60;

    private final int maxChars;

    Marks(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage passage : passages) {
            if (!out.isEmpty()) {
                out.append(BETWEEN);
            }
            write(passage, content, out);
        }
        return out.toString();
    }

    private void write(Passage passage, String content, StringBuilder out) {
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        int matches = passage.getNumMatches();
        if (end - start > maxChars) {
            int first = matches > 0 ? starts[0] : start;
            start = afterSpace(content, Math.max(start, first - BEFORE_CHARS), first);
            end = Math.min(end, Math.max(start + maxChars, matches > 0 ? ends[0] : start));
        }
        start = whole(content, start, true);
        end = whole(content, end, false);
        int at = start;
        for (int i = 0; i < matches; i++) {
            int from = Math.max(starts[i], at);
            int to = ends[i];
            // words found in more than one language can overlap: mark them as one
            while (i + 1 < matches && starts[i + 1] < to) {
                to = Math.max(to, ends[++i]);
            }
            to = Math.min(to, end);
            if (from >= to) {
                continue;
            }
            escape(content, at, from, out);
            out.append(OPEN);
            escape(content, from, to, out);
            out.append(CLOSE);
            at = to;
        }
        escape(content, at, end, out);
    }

    /** Where a cut passage starts: after the first space past {@code from}, if there is one before its first word. */
    private static int afterSpace(String content, int from, int first) {
        if (from == 0) {
            return 0;
        }
        int space = content.indexOf(' ', from);
        return space >= 0 && space < first ? space + 1 : from;
    }

    /** {@code at}, moved so that it never splits a character written as two UTF-16 units. */
    private static int whole(String content, int at, boolean start) {
        if (at > 0 && at < content.length() && Character.isLowSurrogate(content.charAt(at))
                && Character.isHighSurrogate(content.charAt(at - 1))) {
            return start ? at + 1 : at - 1;
        }
        return at;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    /** Escapes what HTML gives meaning to and leaves every other character as it is. */
    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
