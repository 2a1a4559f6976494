package org.reelpress.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;

/**
 * How a post is laid out in the index. Its title, {@code about} (work, maker, categories, tags),
 * text and comments are each indexed once per {@link Language}; the title and text are kept as
 * written for the snippets, and the index holds where each of their words stands in them, so
 * {@link Snippets} marks the words without reading the text again. Categories, tags and the work
 * are kept by slug for the filters.
 */
final class Documents {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String ABOUT = "about";
    static final String TEXT = "text";
    static final String COMMENTS = "comments";
    static final String PUBLISHED = "published";
    static final String FILED = "filed";

    /** Words indexed with where they stand (their offsets in the stored text), for the snippets. */
    private static final FieldType MARKABLE = markable();

    private Documents() {
    }

    static Term idTerm(long id) {
        return new Term(ID, String.valueOf(id));
    }

    /** {@code kind} is category, tag or work. */
    static Term filedTerm(String kind, String slug) {
        return new Term(FILED, kind + ":" + slug);
    }

    /** The id of the post in document {@code doc} of {@code reader}, read without reading its stored fields. */
    static long idOf(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Document " + doc + " of the search index has no post id");
        }
        return ids.longValue();
    }

    /** Text as the index compares it: composed and with compatibility forms folded (full-width Ａ → A, decomposed 한 → 한). */
    static String normalized(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    static Document of(IndexedPost post) {
        Document doc = new Document();
        doc.add(new StringField(ID, String.valueOf(post.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, post.id()));
        doc.add(new NumericDocValuesField(PUBLISHED, post.publishedAt().toEpochMilli()));
        String title = normalized(post.title());
        String text = normalized(post.text());
        doc.add(new StoredField(TITLE, title));
        doc.add(new StoredField(TEXT, text));
        addInEveryLanguage(doc, TITLE, title, MARKABLE);
        addInEveryLanguage(doc, ABOUT, normalized(post.about()), TextField.TYPE_NOT_STORED);
        addInEveryLanguage(doc, TEXT, text, MARKABLE);
        if (!post.comments().isEmpty()) {
            addInEveryLanguage(doc, COMMENTS, normalized(post.comments()), TextField.TYPE_NOT_STORED);
        }
        for (Filed filed : post.filedUnder()) {
            doc.add(new StringField(FILED, filedTerm(filed.kind(), filed.slug()).text(), Field.Store.NO));
        }
        if (post.work() != null) {
            doc.add(new StringField(FILED, filedTerm("work", post.work().slug()).text(), Field.Store.NO));
        }
        return doc;
    }

    /** Each language reads only the parts of the text in its script: analysis is the bulk of indexing. */
    private static void addInEveryLanguage(Document doc, String name, String value, FieldType type) {
        for (Language language : Language.ALL) {
            ScriptParts parts = language.partsOf(value);
            if (!parts.isEmpty()) {
                doc.add(new Field(language.field(name), parts, type));
            }
        }
    }

    private static FieldType markable() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
