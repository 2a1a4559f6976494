package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reelpress.post.Post;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.site.CommentSettings;
import org.reelpress.site.FeedContent;
import org.reelpress.site.PermalinkStructure;
import org.reelpress.site.SiteSettings;

/** The small pure pieces the feeds and page heads are made of. */
class FeedPartsTest {

    @Test
    void dropsOnlyWhatXml10Forbids() {
        assertThat(XmlText.clean("a\u0000b\u0007c\u000Bd\uFFFEe\uD800f")).isEqualTo("abcdef");
        assertThat(XmlText.clean("tab\tline\nreturn\r 7번방 狂った 🎬")).isEqualTo("tab\tline\nreturn\r 7번방 狂った 🎬");
    }

    @Test
    void makesTheBlogsOwnPathsAbsoluteAndLeavesOtherAddressesAlone() {
        String html = "<a href=\"/2026/11/x/\">x</a> <img src=\"/media/a.png\" srcset=\"/media/a-300.png 300w, /media/a-1024.png 1024w\">"
                + " <a href=\"https://elsewhere.example/\">e</a> <img src=\"//cdn.example/b.png\">";

        String absolute = AbsoluteLinks.in(html, "https://blog.example");

        assertThat(absolute).contains("href=\"https://blog.example/2026/11/x/\"", "src=\"https://blog.example/media/a.png\"",
                "srcset=\"https://blog.example/media/a-300.png 300w, https://blog.example/media/a-1024.png 1024w\"",
                "href=\"https://elsewhere.example/\"", "src=\"//cdn.example/b.png\"");
    }

    @Test
    void acceptsOnlyWellFormedHosts() {
        assertThat(SiteUrl.wellFormed("reviews.example")).isTrue();
        assertThat(SiteUrl.wellFormed("localhost")).isTrue();
        assertThat(SiteUrl.wellFormed("192.168.1.20")).isTrue();
        assertThat(SiteUrl.wellFormed("[::1]")).isTrue();
        assertThat(SiteUrl.wellFormed("evil.example\"><script>")).isFalse();
        assertThat(SiteUrl.wellFormed("a b")).isFalse();
        assertThat(SiteUrl.wellFormed("user@host")).isFalse();
        assertThat(SiteUrl.wellFormed("")).isFalse();
        assertThat(SiteUrl.wellFormed(null)).isFalse();
    }

    @Test
    void keepsJsonFromClosingTheScriptElement() {
        String safe = StructuredData.safeInScript("{\"headline\":\"</script><!-- & \"}");

        assertThat(safe).doesNotContain("<", ">", "&").isEqualTo("{\"headline\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \"}");
    }

    @Test
    void namesEachFormatsAddress() {
        assertThat(FeedFormat.named(null, FeedFormat.RSS)).contains(FeedFormat.RSS);
        assertThat(FeedFormat.named("atom", FeedFormat.RSS)).contains(FeedFormat.ATOM);
        assertThat(FeedFormat.named("rss2", FeedFormat.ATOM)).contains(FeedFormat.RSS);
        assertThat(FeedFormat.named("json", FeedFormat.RSS)).isEmpty();
        assertThat(FeedFormat.ATOM.path("/tag/x/feed/")).isEqualTo("/tag/x/feed/atom/");
    }

    @Test
    void aReviewsHeadPartsFollowEveryChangeToWhatTheyAreMadeOf() {
        ReviewHeadParts heads = new ReviewHeadParts();
        Instant published = Instant.parse("2026-11-20T10:00:00Z");
        Post review = new Post(7, "a-review", "Parasite, again", "<p>Body</p>", "An excerpt", "Writer",
                null, null, true, published, published);
        List<Term> terms = List.of(new Term(1, Taxonomy.TAG, "korea", "Korea"));
        SiteSettings site = new SiteSettings("Reelpress", "Reviews", "en", ZoneId.of("UTC"), "MMMM d, yyyy", "h:mm a",
                10, 5, new CommentSettings("hold_first", 0, 10_000, 2, 50, "oldest", List.of(), List.of(), List.of()),
                "", PermalinkStructure.MONTH_AND_NAME, List.of(), FeedContent.FULL_TEXT);
        String url = "https://blog.example/2026/11/a-review/";

        ReviewHeadParts.Parts first = heads.of(review, terms, site, "https://blog.example", url, null);
        Post retitled = new Post(7, "a-review", "Parasite, once more", "<p>Body</p>", "An excerpt", "Writer",
                null, null, true, published, published.plusSeconds(60));

        assertThat(heads.of(review, terms, site, "https://blog.example", url, null)).isEqualTo(first);
        assertThat(heads.of(retitled, terms, site, "https://blog.example", url, null).jsonLd())
                .contains("Parasite, once more", "2026-11-20T10:01:00Z").doesNotContain("Parasite, again");
        assertThat(heads.of(review, List.of(new Term(1, Taxonomy.TAG, "korea", "Korean cinema")), site,
                "https://blog.example", url, null).previews()).contains(PageHead.Meta.property("article:tag", "Korean cinema"));
        assertThat(heads.of(review, terms, site, "https://other.example", url, null).jsonLd())
                .contains("https://other.example/");
    }
}
