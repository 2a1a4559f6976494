package org.reelpress.search;

/**
 * The writing systems the index tells apart. Every language's analyzer reads the whole text of a
 * post, and each keeps only the words written in its own script, so a review that mixes Korean,
 * Japanese, Chinese and English is split into words once per language, each the right way.
 */
enum Script {
    /** Korean: a word with a Hangul syllable or letter in it. */
    HANGUL,
    /** Japanese and Chinese: a word with kana or a Han character in it (Japanese), or Han alone (Chinese). */
    KANA_OR_HAN,
    HAN,
    /** Everything else: Latin and other alphabets, digits, emoji. */
    OTHER;

    /** Does {@code text} from {@code from} to {@code to} hold at least one character of this script? (See {@link ScriptParts}.) */
    boolean has(String text, int from, int to) {
        CharSequence part = text.subSequence(from, to);
        return switch (this) {
            case HANGUL, KANA_OR_HAN -> writes(part);
            case HAN -> part.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            case OTHER -> part.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && OTHER.writes(Character.toString(cp)));
        };
    }

    boolean writes(CharSequence word) {
        boolean hangul = false;
        boolean kana = false;
        boolean han = false;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            hangul |= script == Character.UnicodeScript.HANGUL;
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            han |= script == Character.UnicodeScript.HAN;
        }
        return switch (this) {
            case HANGUL -> hangul;
            case KANA_OR_HAN -> kana || han;
            case HAN -> han && !kana && !hangul;
            case OTHER -> !hangul && !kana && !han;
        };
    }
}
