package org.reelpress.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.reelpress.feed.PageHead.Meta;
import org.reelpress.post.Post;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.site.SiteSettings;

/**
 * Open Graph and Twitter card tags, the previews that chat apps and social sites show for a
 * shared link: a review is an article with its excerpt and its work's poster; other pages are
 * the website with its tagline.
 */
final class Previews {

    private Previews() {
    }

    static List<Meta> ofReview(Post post, List<Term> terms, SiteSettings site, String url, String image) {
        List<Meta> meta = new ArrayList<>();
        meta.add(Meta.property("og:type", "article"));
        meta.add(Meta.property("og:title", post.title()));
        meta.add(Meta.property("og:description", post.excerpt()));
        meta.add(Meta.property("og:url", url));
        meta.add(Meta.property("og:site_name", site.title()));
        if (image != null) {
            meta.add(Meta.property("og:image", image));
            if (post.work() != null) {
                meta.add(Meta.property("og:image:alt", "Poster of " + post.work().title()));
            }
        }
        meta.add(Meta.property("article:published_time", post.publishedAt().toString()));
        meta.add(Meta.property("article:modified_time", later(post).toString()));
        meta.add(Meta.property("article:author", post.authorName()));
        terms.stream().filter(t -> t.taxonomy() == Taxonomy.CATEGORY).findFirst()
                .ifPresent(t -> meta.add(Meta.property("article:section", t.name())));
        terms.stream().filter(t -> t.taxonomy() == Taxonomy.TAG)
                .forEach(t -> meta.add(Meta.property("article:tag", t.name())));
        twitter(meta, post.title(), post.excerpt(), image);
        return meta;
    }

    static List<Meta> ofWebsite(SiteSettings site, String title, String url) {
        List<Meta> meta = new ArrayList<>();
        meta.add(Meta.property("og:type", "website"));
        meta.add(Meta.property("og:title", title));
        meta.add(Meta.property("og:description", site.tagline()));
        meta.add(Meta.property("og:url", url));
        meta.add(Meta.property("og:site_name", site.title()));
        twitter(meta, title, site.tagline(), null);
        return meta;
    }

    private static void twitter(List<Meta> meta, String title, String description, String image) {
        meta.add(Meta.name("twitter:card", image == null ? "summary" : "summary_large_image"));
        meta.add(Meta.name("twitter:title", title));
        meta.add(Meta.name("twitter:description", description));
        if (image != null) {
            meta.add(Meta.name("twitter:image", image));
        }
    }

    static Instant later(Post post) {
        return post.updatedAt().isAfter(post.publishedAt()) ? post.updatedAt() : post.publishedAt();
    }
}
