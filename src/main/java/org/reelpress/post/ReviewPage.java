package org.reelpress.post;

import java.util.List;

import org.reelpress.comment.Discussion;
import org.reelpress.media.Picture;
import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** Everything the review page shows: the post, where it is filed, its work's poster (or null), and its discussion. */
public record ReviewPage(Layout layout, Post post, String permalink, List<Term> terms,
                         Discussion discussion, FormToken token, Picture poster) {

    public List<Term> categories() {
        return terms.stream().filter(t -> t.taxonomy() == Taxonomy.CATEGORY).toList();
    }

    public List<Term> tags() {
        return terms.stream().filter(t -> t.taxonomy() == Taxonomy.TAG).toList();
    }

    public String link(Term term) {
        return Permalinks.ofTerm(term);
    }
}
