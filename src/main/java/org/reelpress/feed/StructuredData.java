package org.reelpress.feed;

import java.util.List;

import org.reelpress.post.Post;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.site.SiteSettings;
import org.reelpress.work.Rating;
import org.reelpress.work.Work;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org JSON-LD for a review page: a {@code BlogPosting}, and when the post reviews a work,
 * a {@code Review} of a {@code Movie}, {@code TVSeries} or {@code Book} with the writer's rating
 * (half a star to five). Every {@code <}, {@code >} and {@code &} is written as a JSON
 * unicode escape, so no title can close the script element or open a comment in it.
 */
final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StructuredData() {
    }

    static String ofReview(Post post, List<Term> terms, SiteSettings site, String base, String url, String image) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        ObjectNode article = graph.addObject();
        article.put("@type", "BlogPosting");
        article.put("@id", url + "#article");
        article.put("headline", post.title());
        article.put("description", post.excerpt());
        article.put("url", url);
        article.put("mainEntityOfPage", url);
        article.put("datePublished", post.publishedAt().toString());
        article.put("dateModified", Previews.later(post).toString());
        article.put("inLanguage", site.language());
        article.set("author", person(post.authorName()));
        article.set("publisher", publisher(site, base));
        if (image != null) {
            article.put("image", image);
        }
        terms.stream().filter(t -> t.taxonomy() == Taxonomy.CATEGORY).findFirst()
                .ifPresent(t -> article.put("articleSection", t.name()));
        List<String> tags = terms.stream().filter(t -> t.taxonomy() == Taxonomy.TAG).map(Term::name).toList();
        if (!tags.isEmpty()) {
            article.put("keywords", String.join(", ", tags));
        }
        if (post.work() != null) {
            ObjectNode review = graph.addObject();
            review.put("@type", "Review");
            review.put("@id", url + "#review");
            review.put("name", post.title());
            review.put("url", url);
            review.put("description", post.excerpt());
            review.put("datePublished", post.publishedAt().toString());
            review.put("inLanguage", site.language());
            review.set("author", person(post.authorName()));
            review.set("publisher", publisher(site, base));
            review.set("itemReviewed", work(post.work(), image));
            if (post.rating() != null) {
                review.set("reviewRating", rating(post.rating()));
            }
            review.putObject("isPartOf").put("@id", url + "#article");
        }
        return safeInScript(JSON.writeValueAsString(root));
    }

    private static ObjectNode work(Work work, String image) {
        ObjectNode item = JSON.createObjectNode();
        item.put("@type", switch (work.kind()) {
            case FILM -> "Movie";
            case SERIES -> "TVSeries";
            case BOOK -> "Book";
        });
        item.put("name", work.title());
        if (present(work.originalTitle()) && !work.originalTitle().equals(work.title())) {
            item.put("alternateName", work.originalTitle());
        }
        if (work.year() != null) {
            item.put("dateCreated", String.valueOf(work.year()));
        }
        if (present(work.creator())) {
            item.set(switch (work.kind()) {
                case FILM -> "director";
                case SERIES -> "creator";
                case BOOK -> "author";
            }, person(work.creator()));
        }
        if (present(work.country())) {
            item.putObject("countryOfOrigin").put("@type", "Country").put("name", work.country());
        }
        if (image != null) {
            item.put("image", image);
        }
        return item;
    }

    private static ObjectNode rating(Rating rating) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "Rating");
        if (rating.halves() % 2 == 0) {
            node.put("ratingValue", rating.halves() / 2);
        } else {
            node.put("ratingValue", rating.halves() / 2.0);
        }
        node.put("bestRating", 5);
        node.put("worstRating", 0.5);
        return node;
    }

    private static ObjectNode person(String name) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "Person");
        node.put("name", name);
        return node;
    }

    private static ObjectNode publisher(SiteSettings site, String base) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "Organization");
        node.put("name", site.title());
        node.put("url", base + "/");
        return node;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** JSON allows any character as a backslash-u escape of four hex digits; these three are the ones HTML gives meaning to. */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
