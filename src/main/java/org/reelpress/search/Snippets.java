package org.reelpress.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighted title and passages of results, as HTML: the words found in {@code <mark>},
 * everything else escaped. Where each word stands comes from the index (see {@link Documents}),
 * in every language the words were found in, so a Korean, Japanese or stemmed English match is
 * marked where it stands without reading the text again.
 */
final class Snippets {

    /** A passage is cut from the sentences around a word, as near to this length as they allow. */
    private static final int PASSAGE_CHARS = 160;
    /** Words are marked in this much of a text from its start: all of any review. */
    private static final int MAX_TEXT_CHARS = 1_000_000;
    private static final SearchAnalyzer ANALYZER = new SearchAnalyzer();
    private static final Map<String, Set<String>> READ_AS = Map.of(
            Documents.TITLE, fieldsOf(Documents.TITLE), Documents.TEXT, fieldsOf(Documents.TEXT));

    /** A result's title, marked where the words are in it, and up to two passages of its text (empty when none holds a word). */
    record Marked(String title, String passages) {

        /** The marked title when it is still {@code current} (the title the database holds now), or else {@code current} escaped. */
        String titleOr(String current) {
            String now = Marks.escape(Documents.normalized(current));
            return title.replace(Marks.OPEN, "").replace(Marks.CLOSE, "").equals(now) ? title : now;
        }
    }

    private final Query rewritten;
    private final Highlighter highlighter;

    /** {@code rewritten}: the query as {@code searcher} rewrote it, so that words matched with a typo are marked too. */
    Snippets(IndexSearcher searcher, Query rewritten) {
        this.rewritten = rewritten;
        this.highlighter = new Highlighter(searcher);
    }

    /** The title and passages of each of {@code docs}, in their order. */
    List<Marked> of(int[] docs) throws IOException {
        Map<String, String[]> found = highlighter.highlightFields(new String[] {Documents.TITLE, Documents.TEXT},
                rewritten, docs, new int[] {1, 2});
        List<Marked> marked = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            String title = found.get(Documents.TITLE)[i];
            String passages = found.get(Documents.TEXT)[i];
            marked.add(new Marked(title == null ? "" : title, passages == null ? "" : passages.strip()));
        }
        return marked;
    }

    private static Set<String> fieldsOf(String name) {
        return Set.copyOf(Language.ALL.stream().map(language -> language.field(name)).toList());
    }

    /** Lucene's highlighter reading the stored title and text through the offsets of their per-language fields. */
    private static final class Highlighter extends UnifiedHighlighter {

        private static final PassageFormatter WHOLE = new Marks(Integer.MAX_VALUE);
        private static final PassageFormatter CUT = new Marks(PASSAGE_CHARS * 3 / 2);

        Highlighter(IndexSearcher searcher) {
            super(new UnifiedHighlighter.Builder(searcher, ANALYZER)
                    .withMaskedFieldsFunc(field -> READ_AS.getOrDefault(field, Set.of()))
                    .withMaxLength(MAX_TEXT_CHARS)
                    .withScorer(new MostWords())
                    .withHighlightPhrasesStrictly(false)
                    .withHandleMultiTermQuery(false)
                    .withWeightMatches(false));
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return field.equals(Documents.TITLE) ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f);
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return field.equals(Documents.TITLE) ? WHOLE : CUT;
        }

        /** A title is shown whole even when no word is in it; a text without any shows no passage. */
        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return field.equals(Documents.TITLE) ? 1 : 0;
        }

        /** A language no post was written in has no words to mark, rather than a text to read again. */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return getFieldInfo(field) == null ? OffsetSource.NONE_NEEDED : super.getOffsetSource(field);
        }
    }

    /**
     * Picks the passages that hold the most different words of the query, then the most words,
     * then the earliest: Lucene's own scorer sets up a hash table for every passage it weighs,
     * which cost more than the rest of a search.
     */
    private static final class MostWords extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int matches = passage.getNumMatches();
            int different = 0;
            for (int i = 0; i < matches; i++) {
                int before = 0;
                while (before < i && !terms[before].bytesEquals(terms[i])) {
                    before++;
                }
                different += before == i ? 1 : 0;
            }
            return different + Math.min(matches, 10) / 20f + norm(passage.getStartOffset()) / 100f;
        }
    }
}
