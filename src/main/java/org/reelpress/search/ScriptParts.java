package org.reelpress.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * The parts of a text that one {@link Script} makes words of, read as one text with a space
 * after each: a language's analyzer then reads only what it can make words of. The offsets of
 * the words it finds point into the whole text, so the index can mark them where they stand
 * without reading the text again.
 */
final class ScriptParts extends BaseCharFilter {

    /** The kept text, and for each kept part where it starts in the kept text and in the whole text. */
    private record Kept(String text, List<int[]> starts) {
    }

    private final boolean empty;

    private ScriptParts(Kept kept) {
        super(new StringReader(kept.text()));
        this.empty = kept.text().isEmpty();
        for (int[] start : kept.starts()) {
            addOffCorrectMap(start[0], start[1] - start[0]);
        }
    }

    /** The parts of {@code text}, separated by whitespace, with at least one character of {@code script}. */
    static ScriptParts of(String text, Script script) {
        StringBuilder kept = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            while (at < text.length() && space(text.charAt(at))) {
                at++;
            }
            int end = at;
            while (end < text.length() && !space(text.charAt(end))) {
                end++;
            }
            if (end > at && script.has(text, at, end)) {
                starts.add(new int[] {kept.length(), at});
                kept.append(text, at, end).append(' ');
            }
            at = end;
        }
        return new ScriptParts(new Kept(kept.toString(), starts));
    }

    /** The whitespace that separates parts: what {@code \s} matches, so parts are what they always were. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    boolean isEmpty() {
        return empty;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        return input.read(buffer, offset, length);
    }
}
