package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

class ReviewPageTest extends BlogTest {

    @Test
    void showsTheSampleReviewWithItsWorkRatingAndThreadedDiscussion() {
        String link = summaryOf("A Page of Madness (狂った一頁)").selectFirst("h2 a").attr("href");

        Document review = get(link);

        assertThat(review.selectFirst("h1").text()).isEqualTo("A Page of Madness (狂った一頁)");
        assertThat(review.selectFirst(".work-line").text()).contains("狂った一頁", "1926", "Teinosuke Kinugasa");
        assertThat(review.selectFirst(".rating").attr("aria-label")).isEqualTo("Rated 4.5 out of 5");
        assertThat(review.select(".entry details.spoiler:not([open]) summary")).hasSize(1);
        int shown = review.select("#comments li.comment").size();
        assertThat(shown).as("the sample's five comments, plus any a browser test has added").isGreaterThanOrEqualTo(5);
        assertThat(review.selectFirst("#comments-title").text()).isEqualTo(shown + " thoughts on “A Page of Madness (狂った一頁)”");
        Element firstThread = review.selectFirst("ol.comment-list > li.comment");
        assertThat(firstThread.select("> ol.children > li.comment > ol.children > li.comment")).hasSize(1);
    }

    @Nested
    class CountingThoughts {

        @Test
        void saysNoThoughtsYetOnAReviewWithoutComments() {
            MadePost post = fixtures.post("Quiet review", "Nobody has said anything.");

            assertThat(get(post.permalink()).selectFirst("#comments-title").text()).isEqualTo("No thoughts yet");
        }

        @Test
        void saysOneThoughtForASingleComment() {
            MadePost post = fixtures.post("Lonely review", "One reader came by.");
            fixtures.comment(post, null, "Ana", "Hello");

            assertThat(get(post.permalink()).selectFirst("#comments-title").text())
                    .isEqualTo("One thought on “" + post.title() + "”");
        }

        @Test
        void countsRepliesAlongsideTopLevelComments() {
            MadePost post = fixtures.post("Busy review", "Many readers came by.");
            long first = fixtures.comment(post, null, "Ana", "First");
            fixtures.comment(post, first, "Bo", "A reply");
            fixtures.comment(post, null, "Cy", "Second");

            assertThat(get(post.permalink()).selectFirst("#comments-title").text())
                    .isEqualTo("3 thoughts on “" + post.title() + "”");
        }
    }

    @Test
    void nestsAReplyInsideItsParentsList() {
        MadePost post = fixtures.post("Threaded review", "Text.");
        long parent = fixtures.comment(post, null, "Ana", "Parent");
        long reply = fixtures.comment(post, parent, "Bo", "Child");

        Document page = get(post.permalink());

        assertThat(page.select("#comment-" + parent + " > ol.children > #comment-" + reply)).hasSize(1);
    }

    @Test
    void costsTheSameNumberOfQueriesWhateverTheNumberOfComments() {
        MadePost small = fixtures.post("Small thread", "Text.");
        fixtures.comment(small, null, "Ana", "Only one");
        MadePost big = fixtures.post("Big thread", "Text.");
        long parent = 0;
        for (int i = 0; i < 60; i++) {
            parent = fixtures.comment(big, i % 3 == 0 ? null : parent, "Reader " + i, "Comment " + i);
        }

        long smallPage = statementsFor(small.permalink());
        long bigPageStatements = statementsFor(big.permalink());
        Document bigPage = get(big.permalink());

        assertThat(bigPage.select("li.comment")).hasSize(60);
        assertThat(bigPageStatements).isEqualTo(smallPage).isLessThanOrEqualTo(8);
    }

    @Test
    void showsHtmlInTitlesNamesAndCommentsAsText() {
        MadePost post = fixtures.post("<script>alert(1)</script> Review", "Body");
        fixtures.comment(post, null, "<b>Mallory</b>", "<img src=x onerror=alert(1)> hello");

        Document page = get(post.permalink());

        assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]").html()).doesNotContain("<script>");
        assertThat(page.select(".comment-content img, .comment-author b")).isEmpty();
        assertThat(page.selectFirst("h1").text()).startsWith("<script>alert(1)</script> Review");
        assertThat(page.selectFirst(".comment-author").text()).isEqualTo("<b>Mallory</b>");
        assertThat(page.selectFirst(".comment-content").text()).contains("<img src=x onerror=alert(1)> hello");
    }
}
