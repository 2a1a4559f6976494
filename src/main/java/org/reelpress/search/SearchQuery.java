package org.reelpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's words turned into a Lucene query, never through a query parser: the words are
 * analyzed in every {@link Language}, and a post matches when, for each script the reader typed
 * in, it holds (nearly) all of those words in that script's language. Each word may be in the
 * title, the work and terms ({@code about}), the text or, when searched, the comments, weighted in
 * that order. Longer Latin words may also match with a typo or two (the results page allows typos
 * only when the words as typed find little: see {@link Search#rank}).
 */
final class SearchQuery {

    /** Past this many characters the rest of a query is not read. */
    static final int MAX_CHARS = 500;
    /** Past this many distinct words per language the rest are not looked for. */
    private static final int MAX_WORDS = 24;
    /** Latin words get typo tolerance for the first few only, so a long query stays quick. */
    private static final int MAX_FUZZY_WORDS = 6;

    private static final Map<String, Float> WEIGHTS = Map.of(
            Documents.TITLE, 4f, Documents.ABOUT, 2.5f, Documents.TEXT, 1f, Documents.COMMENTS, 0.3f);

    private SearchQuery() {
    }

    /**
     * The query for {@code request}, its longer Latin words matching with a typo too when {@code typos};
     * empty when the reader typed no word worth looking for and chose no filter.
     */
    static Optional<Query> of(SearchRequest request, boolean withComments, boolean typos) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyWord = false;
        for (List<Language> group : groups().values()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            boolean anyInGroup = false;
            for (Language language : group) {
                List<Word> words = typed(language.analyzer(), request.words());
                if (!words.isEmpty()) {
                    either.add(allOf(language, words, withComments, typos), Occur.SHOULD);
                    anyInGroup = true;
                }
            }
            if (anyInGroup) {
                query.add(either.build(), Occur.MUST);
                anyWord = true;
            }
        }
        for (Term filter : request.filters()) {
            query.add(new TermQuery(filter), Occur.FILTER);
        }
        if (!anyWord && request.filters().isEmpty()) {
            return Optional.empty();
        }
        if (!anyWord) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return Optional.of(query.build());
    }

    /** Does the query hold a word at all once analyzed (stop words and punctuation alone hold none)? */
    static boolean hasWords(String text) {
        return Language.ALL.stream().anyMatch(language -> !words(language.analyzer(), text).isEmpty());
    }

    private static Map<Integer, List<Language>> groups() {
        Map<Integer, List<Language>> groups = new TreeMap<>();
        Language.ALL.forEach(language -> groups.computeIfAbsent(language.group(), g -> new ArrayList<>()).add(language));
        return groups;
    }

    /** All the words when there are up to three; otherwise three in four of them. */
    private static Query allOf(Language language, List<Word> words, boolean withComments, boolean typos) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int fuzzy = 0;
        for (Word word : words) {
            boolean tolerant = typos && language == Language.EN && fuzzy < MAX_FUZZY_WORDS && word.typoTolerant();
            fuzzy += tolerant ? 1 : 0;
            all.add(anyField(language, word.term(), tolerant, withComments), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(words.size() <= 3 ? words.size() : (int) Math.ceil(words.size() * 0.75));
        return all.build();
    }

    private static Query anyField(Language language, String word, boolean typos, boolean withComments) {
        List<Query> fields = new ArrayList<>();
        WEIGHTS.forEach((name, weight) -> {
            if (withComments || !name.equals(Documents.COMMENTS)) {
                Term term = new Term(language.field(name), word);
                fields.add(new BoostQuery(new TermQuery(term), weight));
                if (typos && !name.equals(Documents.COMMENTS)) {
                    fields.add(new BoostQuery(new FuzzyQuery(term, word.length() >= 8 ? 2 : 1, 1, 10, true), weight * 0.5f));
                }
            }
        });
        return new DisjunctionMaxQuery(fields, 0.2f);
    }

    /** A word as the index holds it ({@code term}: "madn") and how long it was as typed ("madnes"). */
    private record Word(String term, int typedLength) {

        /** Words of five letters or more, as typed, may hold a typo; shorter ones match too much when fuzzy. */
        boolean typoTolerant() {
            return typedLength >= 5 && term.length() >= 3 && term.length() <= 30 && term.chars().allMatch(Character::isLetter);
        }
    }

    private static List<Word> typed(Analyzer analyzer, String text) {
        Map<String, Word> words = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.putIfAbsent(term.toString(), new Word(term.toString(), offset.endOffset() - offset.startOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words.values());
    }

    static List<String> words(Analyzer analyzer, String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }
}
