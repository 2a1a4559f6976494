package org.reelpress.comment;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens the learning filter weighs: lower-cased words; for Korean, Chinese and Japanese, which
 * do not always put spaces between words, every pair of neighbouring characters; and the host of each link.
 */
final class SpamTokens {

    static final int MOST = 2_000;
    private static final Pattern HOST = Pattern.compile("(?i)https?://(?:www\\.)?([^/\\s:?#\"'<>]+)");

    private SpamTokens() {
    }

    static Set<String> of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Set<String> tokens = new LinkedHashSet<>();
        Matcher host = HOST.matcher(normal);
        while (host.find()) {
            tokens.add("host:" + host.group(1));
        }
        StringBuilder word = new StringBuilder();
        int previousCjk = -1;
        for (int i = 0; i < normal.length() && tokens.size() < MOST; ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (isCjk(c)) {
                addWord(tokens, word);
                if (previousCjk >= 0) {
                    tokens.add(new StringBuilder().appendCodePoint(previousCjk).appendCodePoint(c).toString());
                } else if (i >= normal.length() || !isCjk(normal.codePointAt(i))) {
                    tokens.add(Character.toString(c));   // a lone character is a token of its own
                }
                previousCjk = c;
            } else {
                previousCjk = -1;
                if (Character.isLetterOrDigit(c) || (c == '\'' && !word.isEmpty())) {
                    word.appendCodePoint(c);
                } else {
                    addWord(tokens, word);
                }
            }
        }
        addWord(tokens, word);
        return tokens;
    }

    private static void addWord(Set<String> tokens, StringBuilder word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '\'') {
            end--; // "readers'" counts as "readers"
        }
        String w = word.substring(0, end);
        if (w.length() >= 2 && w.length() <= 30) {
            tokens.add(w);
        }
        word.setLength(0);
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
