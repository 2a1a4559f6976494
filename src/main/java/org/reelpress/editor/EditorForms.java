package org.reelpress.editor;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.work.Rating;

/** Fills the editor's form from a stored post, so that the form and a stored post read alike. */
final class EditorForms {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private EditorForms() {
    }

    static PostForm of(EditedPost post, List<Term> terms, ZoneId zone) {
        List<String> categories = terms.stream().filter(t -> t.taxonomy() == Taxonomy.CATEGORY)
                .map(t -> String.valueOf(t.id())).toList();
        String tags = String.join(", ", terms.stream().filter(t -> t.taxonomy() == Taxonomy.TAG).map(Term::name).toList());
        String date = "";
        String time = "";
        if (post.publishedAt() != null) {
            ZonedDateTime local = post.publishedAt().atZone(zone);
            date = local.toLocalDate().toString();
            time = local.getSecond() == 0 ? local.toLocalTime().withNano(0).toString() : TIME.format(local);
        }
        return new PostForm(post.title(), post.slug(), post.markdown(), post.manualExcerpt(), categories, "", "", tags,
                post.workId() == null ? "" : String.valueOf(post.workId()), "film", "", "", "", "", "",
                post.rating() == null ? "" : new Rating(post.rating()).stars(), post.status().column(), date, time,
                post.commentsOpen() ? "open" : "closed", String.valueOf(post.version()));
    }
}
