package org.reelpress.search;

import java.text.Normalizer;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/**
 * How a post is laid out in the index. Its title, {@code about} (work, maker, categories, tags),
 * text and comments are each indexed once per {@link Language}; the title and text are kept as
 * written for the snippets; categories, tags and the work are kept by slug for the filters.
 */
final class Documents {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String ABOUT = "about";
    static final String TEXT = "text";
    static final String COMMENTS = "comments";
    static final String PUBLISHED = "published";
    static final String FILED = "filed";

    private Documents() {
    }

    static Term idTerm(long id) {
        return new Term(ID, String.valueOf(id));
    }

    /** {@code kind} is category, tag or work. */
    static Term filedTerm(String kind, String slug) {
        return new Term(FILED, kind + ":" + slug);
    }

    /** Text as the index compares it: composed and with compatibility forms folded (full-width Ａ → A, decomposed 한 → 한). */
    static String normalized(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    static Document of(IndexedPost post) {
        Document doc = new Document();
        doc.add(new StringField(ID, String.valueOf(post.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(PUBLISHED, post.publishedAt().toEpochMilli()));
        String title = normalized(post.title());
        String text = normalized(post.text());
        doc.add(new StoredField(TITLE, title));
        doc.add(new StoredField(TEXT, text));
        addInEveryLanguage(doc, TITLE, title);
        addInEveryLanguage(doc, ABOUT, normalized(post.about()));
        addInEveryLanguage(doc, TEXT, text);
        if (!post.comments().isEmpty()) {
            addInEveryLanguage(doc, COMMENTS, normalized(post.comments()));
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
    private static void addInEveryLanguage(Document doc, String name, String value) {
        for (Language language : Language.ALL) {
            String parts = language.partsOf(value);
            if (!parts.isEmpty()) {
                doc.add(new TextField(language.field(name), parts, Field.Store.NO));
            }
        }
    }
}
