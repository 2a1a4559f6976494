package org.reelpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermExtractor;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.WeightedTerm;

/**
 * Highlighted passages of a result, as HTML: the words found in {@code <mark>}, everything else
 * escaped. The text is read word by word in each language the query was typed in, so a Korean,
 * Japanese or stemmed English match is marked where it stands.
 */
final class Snippets {

    private static final int FRAGMENT_CHARS = 160;
    /** Only this much of a text is read for its passages, around the first place a word of the query stands. */
    private static final int WINDOW_CHARS = 360;
    private static final int BEFORE_CHARS = 60;

    private final List<Language> languages;
    private final QueryTermScorer scorer;
    private final List<String> clues;

    /** {@code query} rewritten, so that words matched with a typo are marked too. */
    Snippets(Query rewritten, String words) {
        this.languages = Language.ALL.stream()
                .filter(language -> !SearchQuery.words(language.analyzer(), words).isEmpty()).toList();
        this.scorer = new QueryTermScorer(rewritten);
        this.clues = Arrays.stream(QueryTermExtractor.getTerms(rewritten)).map(WeightedTerm::getTerm)
                .map(Snippets::clue).distinct().toList();
    }

    /** What a word found most likely looks like in the text: a stem without its last letter ("famili" in "family"). */
    private static String clue(String term) {
        return term.length() > 3 && term.chars().allMatch(c -> c < 0x80) ? term.substring(0, term.length() - 1) : term;
    }

    /** The part of {@code text} around the first word of the query in it, or its beginning. */
    private String window(String text) {
        if (text.length() <= WINDOW_CHARS) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int first = clues.stream().mapToInt(lower::indexOf).filter(at -> at >= 0).min().orElse(0);
        int start = Math.max(0, first - BEFORE_CHARS);
        int end = Math.min(text.length(), start + WINDOW_CHARS);
        start = start == 0 ? 0 : Math.min(first, nextSpace(text, start));
        if (Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int nextSpace(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }

    /** Up to two passages of {@code text} with the words marked; empty when no word of the query is in it. */
    String passages(String text) {
        return best(text, new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ESCAPE, scorer), 2);
    }

    /** The whole of {@code title}, escaped, with the words marked. */
    String title(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (clues.stream().noneMatch(lower::contains)) {
            return ESCAPE.encodeText(title);
        }
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ESCAPE, scorer);
        highlighter.setTextFragmenter(new NullFragmenter());
        String marked = best(title, highlighter, 1);
        return marked.isEmpty() ? ESCAPE.encodeText(title) : marked;
    }

    private String best(String text, Highlighter highlighter, int fragments) {
        if (languages.isEmpty() || text.isEmpty()) {
            return "";
        }
        if (fragments > 1) {
            highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        }
        String read = window(text);
        try {
            String[] found = highlighter.getBestFragments(words(read), read, fragments);
            return String.join(" … ", found).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return "";
        }
    }

    /** The words of {@code text} in every language of the query, in the order they stand in the text. */
    private TokenStream words(String text) throws IOException {
        List<Word> words = new ArrayList<>();
        for (Language language : readersOf(text)) {
            try (TokenStream tokens = language.analyzer().tokenStream("snippet", text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
                }
                tokens.end();
            }
        }
        words.sort(Comparator.comparingInt(Word::start).thenComparingInt(Word::end));
        return new WordStream(words);
    }

    /**
     * Han characters are read as Japanese where the text has kana and as Chinese where it has
     * none, not both: reading a text costs more than anything else in a search.
     */
    private List<Language> readersOf(String text) {
        boolean kana = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
        List<Language> readers = languages.stream()
                .filter(language -> language != (kana ? Language.ZH : Language.JA)).toList();
        return readers.isEmpty() ? languages : readers;
    }

    private record Word(String text, int start, int end) {
    }

    private static final class WordStream extends TokenStream {
        private final List<Word> words;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        WordStream(List<Word> words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.size()) {
                return false;
            }
            clearAttributes();
            Word word = words.get(next++);
            term.setEmpty().append(word.text());
            offset.setOffset(word.start(), word.end());
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /** Escapes what HTML gives meaning to and leaves every other character as it is. */
    private static final Encoder ESCAPE = text -> {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> out.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> String.valueOf((char) c);
        }));
        return out.toString();
    };
}
