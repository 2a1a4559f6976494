package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import org.reelpress.post.Markdown;
import org.reelpress.post.PostRepository;
import org.reelpress.post.Slugs;
import org.reelpress.post.TermRepository;
import org.reelpress.work.WorkKind;
import org.reelpress.work.WorkRepository;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a page's head tells feed readers, search engines and link previews. */
class PageHeadTest extends BlogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The schema.org properties this blog may use on each type (from schema.org's definitions). */
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "BlogPosting", Set.of("@type", "@id", "headline", "description", "url", "mainEntityOfPage", "datePublished",
                    "dateModified", "inLanguage", "author", "publisher", "image", "articleSection", "keywords"),
            "Review", Set.of("@type", "@id", "name", "url", "description", "datePublished", "inLanguage", "author",
                    "publisher", "itemReviewed", "reviewRating", "isPartOf"),
            "Movie", Set.of("@type", "name", "alternateName", "dateCreated", "director", "countryOfOrigin", "image"),
            "TVSeries", Set.of("@type", "name", "alternateName", "dateCreated", "creator", "countryOfOrigin", "image"),
            "Book", Set.of("@type", "name", "alternateName", "dateCreated", "author", "countryOfOrigin", "image"),
            "Rating", Set.of("@type", "ratingValue", "bestRating", "worstRating"),
            "Person", Set.of("@type", "name"),
            "Organization", Set.of("@type", "name", "url"),
            "Country", Set.of("@type", "name"));

    @Autowired
    PostRepository posts;
    @Autowired
    WorkRepository works;
    @Autowired
    TermRepository terms;
    @Autowired
    Markdown markdown;

    private Reviews reviews;
    private Account writer;

    @BeforeEach
    void aWriter() {
        reviews = new Reviews(posts, works, terms, markdown, settings);
        writer = users.create(Role.AUTHOR, "Head Writer");
    }

    @Test
    void describesAFilmReviewAsABlogPostingAndAReviewOfAMovie() {
        long work = reviews.work(WorkKind.FILM, "Miracle in Cell No. 7", "7번방의 선물", 2013, "Lee Hwan-kyung");
        Reviews.Made made = reviews.review(Reviews.unique("A father's gift"), "Tears, *many*.", writer.id(), work, 7,
                List.of(Reviews.unique("Drama")), List.of(Reviews.unique("Korean film")), Instant.now());
        fixtures.comment(new MadePost(made.id(), made.title(), made.permalink()), null,
                "Shy Commenter", "I cried too.");

        Document page = get(made.permalink());
        JsonNode graph = jsonLd(page).get("@graph");

        JsonNode article = ofType(graph, "BlogPosting");
        assertThat(article.get("headline").asString()).isEqualTo(made.title());
        assertThat(article.get("author").get("name").asString()).isEqualTo(writer.displayName());
        assertThat(article.get("url").asString()).isEqualTo(url(made.permalink()));
        assertThat(Instant.parse(article.get("datePublished").asString())).isNotNull();
        assertThat(article.get("publisher").get("name").asString()).isNotBlank();
        JsonNode review = ofType(graph, "Review");
        JsonNode movie = review.get("itemReviewed");
        assertThat(movie.get("@type").asString()).isEqualTo("Movie");
        assertThat(movie.get("name").asString()).isEqualTo("Miracle in Cell No. 7");
        assertThat(movie.get("alternateName").asString()).isEqualTo("7번방의 선물");
        assertThat(movie.get("dateCreated").asString()).isEqualTo("2013");
        assertThat(movie.get("director").get("name").asString()).isEqualTo("Lee Hwan-kyung");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("ratingValue").asDouble()).isEqualTo(3.5);
        assertThat(rating.get("bestRating").asDouble()).isEqualTo(5);
        assertThat(rating.get("worstRating").asDouble()).isEqualTo(0.5);
        assertThat(review.get("author").get("name").asString()).isEqualTo(writer.displayName());
        assertThat(review.get("datePublished").asString()).isEqualTo(article.get("datePublished").asString());
        assertThat(unknownProperties(jsonLd(page))).isEmpty();
        assertThat(page.select("script[type=application/ld+json]").html()).doesNotContain("@example.com")
                .doesNotContain("Shy Commenter");
    }

    @Test
    void namesASeriesCreatorAndABooksAuthor() {
        long series = reviews.work(WorkKind.SERIES, "Twin Peaks", null, 1990, "Mark Frost, David Lynch");
        long book = reviews.work(WorkKind.BOOK, "Kitchen", "キッチン", 1988, "Banana Yoshimoto");
        Reviews.Made ofSeries = reviews.review(Reviews.unique("Coffee and pie"), "Damn fine.", writer.id(), series, 10,
                List.of(), List.of(), Instant.now());
        Reviews.Made ofBook = reviews.review(Reviews.unique("A kitchen at night"), "Quiet.", writer.id(), book, null,
                List.of(), List.of(), Instant.now());

        JsonNode tv = ofType(jsonLd(get(ofSeries.permalink())).get("@graph"), "Review").get("itemReviewed");
        JsonNode bookReview = ofType(jsonLd(get(ofBook.permalink())).get("@graph"), "Review");

        assertThat(tv.get("@type").asString()).isEqualTo("TVSeries");
        assertThat(tv.get("creator").get("name").asString()).isEqualTo("Mark Frost, David Lynch");
        assertThat(tv.has("alternateName")).isFalse();
        assertThat(bookReview.get("itemReviewed").get("@type").asString()).isEqualTo("Book");
        assertThat(bookReview.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Banana Yoshimoto");
        assertThat(bookReview.has("reviewRating")).isFalse();
    }

    @Test
    void keepsATitleThatLooksLikeMarkupInsideTheScriptElement() {
        String title = Reviews.unique("</script><script>alert('x')</script><!-- & more");
        long work = reviews.work(WorkKind.FILM, "</script>Film", null, null, null);
        Reviews.Made made = reviews.review(title, "Text.", writer.id(), work, 6, List.of(), List.of(), Instant.now());

        Document page = get(made.permalink());

        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(page.select("script:not([type=application/ld+json]):not([src])")).isEmpty();
        assertThat(page.selectFirst("script[type=application/ld+json]").html()).doesNotContain("</").doesNotContain("<!--");
        assertThat(ofType(jsonLd(page).get("@graph"), "BlogPosting").get("headline").asString()).isEqualTo(title);
    }

    @Test
    void givesAReviewOpenGraphAndTwitterCardTags() {
        Reviews.Made made = reviews.review(Reviews.unique("Shared review"), "An excerpt worth sharing.\n\nMore.",
                writer.id(), null, null, List.of(), List.of(Reviews.unique("shared")), Instant.now());

        Document page = get(made.permalink());

        assertThat(property(page, "og:type")).isEqualTo("article");
        assertThat(property(page, "og:title")).isEqualTo(made.title());
        assertThat(property(page, "og:description")).contains("An excerpt worth sharing.");
        assertThat(property(page, "og:url")).isEqualTo(url(made.permalink()));
        assertThat(property(page, "og:site_name")).isNotBlank();
        assertThat(Instant.parse(property(page, "article:published_time"))).isNotNull();
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(made.title());
        assertThat(canonical(page)).isEqualTo(url(made.permalink()));
    }

    @Test
    void givesEveryPageACanonicalAddressWithoutItsQuery() {
        Reviews.Made made = reviews.review(Reviews.unique("Canonical review"), "Text.", writer.id(), null, null,
                List.of(), List.of(), Instant.now());
        long comment = fixtures.comment(new MadePost(made.id(), made.title(), made.permalink()),
                null, "Ana", "Hello");

        assertThat(canonical(get(made.permalink() + "?replytocom=" + comment))).isEqualTo(url(made.permalink()));
        assertThat(canonical(get("/"))).isEqualTo(url("/"));
        assertThat(canonical(get("/category/film/"))).isEqualTo(url("/category/film/"));
        assertThat(canonical(get("/signin"))).isEqualTo(url("/signin"));
        assertThat(get("/no-such-page").select("link[rel=canonical]")).isEmpty();
    }

    @Test
    void givesAPagedArchiveItsOwnCanonicalAddress() {
        String category = Reviews.unique("Paged category");
        for (int i = 0; i < 3; i++) {
            reviews.review(Reviews.unique("Paged review"), "Text.", writer.id(), null, null, List.of(category), List.of(), Instant.now());
        }
        settings.put("posts_per_page", "1");
        try {
            String slug = Slugs.from(category);
            assertThat(canonical(get("/category/" + slug + "/page/2/"))).isEqualTo(url("/category/" + slug + "/page/2/"));
            assertThat(canonical(get("/page/2/"))).isEqualTo(url("/page/2/"));
        } finally {
            settings.put("posts_per_page", "10");
        }
    }

    @Test
    void announcesTheBlogsFeedsOnTheFrontPageAndAnArchivesAndAReviewsOwn() {
        Reviews.Made made = reviews.review(Reviews.unique("Announced review"), "Text.", writer.id(), null, null,
                List.of(), List.of(), Instant.now());

        assertThat(feeds(get("/"))).contains("application/rss+xml /feed/", "application/atom+xml /feed/atom/",
                "application/atom+xml /comments/feed/", "application/rss+xml /comments/feed/rss2/");
        assertThat(feeds(get("/category/film/"))).contains("application/rss+xml /feed/",
                "application/rss+xml /category/film/feed/", "application/atom+xml /category/film/feed/atom/");
        assertThat(feeds(get(made.permalink()))).contains("application/rss+xml /feed/",
                "application/atom+xml " + made.permalink() + "feed/", "application/rss+xml " + made.permalink() + "feed/rss2/")
                .doesNotHaveDuplicates();
    }

    private static List<String> feeds(Document page) {
        return page.select("head link[rel=alternate]").stream()
                .peek(link -> assertThat(link.attr("title")).isNotBlank())
                .map(link -> link.attr("type") + " " + link.attr("href")).toList();
    }

    private static String canonical(Document page) {
        assertThat(page.select("link[rel=canonical]")).hasSize(1);
        return page.selectFirst("link[rel=canonical]").attr("href");
    }

    private static String property(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    private static JsonNode jsonLd(Document page) {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        JsonNode root = JSON.readTree(script.data());
        assertThat(root.get("@context").asString()).isEqualTo("https://schema.org");
        return root;
    }

    private static JsonNode ofType(JsonNode graph, String type) {
        for (JsonNode node : graph) {
            if (node.get("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("No " + type + " in " + graph);
    }

    /** Properties that schema.org does not define on the node's type, anywhere in the tree. */
    private static List<String> unknownProperties(JsonNode node) {
        List<String> unknown = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(child -> unknown.addAll(unknownProperties(child)));
        } else if (node.isObject()) {
            String type = node.has("@type") ? node.get("@type").asString() : null;
            for (String name : node.propertyNames()) {
                if (type != null && !PROPERTIES.getOrDefault(type, Set.of()).contains(name)) {
                    unknown.add(type + "." + name);
                }
                unknown.addAll(unknownProperties(node.get(name)));
            }
        }
        return unknown;
    }
}
