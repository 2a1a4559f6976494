package org.reelpress.feed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.reelpress.feed.PageHead.Meta;
import org.reelpress.post.Post;
import org.reelpress.post.Term;
import org.reelpress.site.SiteSettings;

/**
 * A review's link previews and JSON-LD, kept for the reviews shown most recently. Both are pure
 * functions of the review, its terms, the site's settings and the page's addresses, all of which
 * make the key: an edited review, a renamed tag or a changed setting is another key and gets its
 * own, so nothing stale is ever shown. Building the JSON-LD through Jackson cost a few per cent of
 * every review shown.
 */
final class ReviewHeadParts {

    /** Enough for the reviews being read at one time; the oldest are let go all at once beyond it. */
    private static final int MOST_KEPT = 256;

    record Parts(List<Meta> previews, String jsonLd) {
    }

    private record Input(Post post, List<Term> terms, SiteSettings site, String base, String url, String image) {
    }

    private final Map<Input, Parts> kept = new ConcurrentHashMap<>();

    Parts of(Post post, List<Term> terms, SiteSettings site, String base, String url, String image) {
        // the review's body is left out of the key: neither part reads it, and hashing it cost more than the key saved
        Post withoutBody = new Post(post.id(), post.slug(), post.title(), null, post.excerpt(), post.authorName(),
                post.work(), post.rating(), post.commentsOpen(), post.publishedAt(), post.updatedAt());
        Input input = new Input(withoutBody, List.copyOf(terms), site, base, url, image);
        Parts parts = kept.get(input);
        if (parts == null) {
            parts = new Parts(List.copyOf(Previews.ofReview(withoutBody, terms, site, url, image)),
                    StructuredData.ofReview(withoutBody, terms, site, base, url, image));
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            kept.put(input, parts);
        }
        return parts;
    }
}
