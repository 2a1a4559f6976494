package org.reelpress.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader downloads for a review with a short discussion: its HTML with every stylesheet and
 * script it links, uncompressed, stays under 30 KB (WordPress's default theme sends 73 KB of HTML alone).
 */
class PageWeightTest extends BlogTest {

    @Test
    void aReviewWithFourCommentsWeighsUnder30KilobytesWithItsStylesAndScripts() throws IOException {
        String paragraph = "The second act slows down so the two leads can finally talk, and the film is better for it. "
                + "두 사람의 대화가 길어지는 두 번째 막이 이 영화의 중심이다. ";
        MadePost post = fixtures.post("A review of usual length 보통 길이의 리뷰",
                "## What stays\n\n" + (paragraph.repeat(3) + "\n\n").repeat(4)
                        + "1. The score.\n2. The rain scenes.\n3. The last shot.\n");
        long first = fixtures.comment(post, null, "Minji", paragraph);
        fixtures.comment(post, first, "Daniel", paragraph);
        fixtures.comment(post, first, "Minji", "Agreed on the score.");
        fixtures.comment(post, null, "Haruto", paragraph.repeat(2));

        String html = session().newRequest(url(post.permalink())).execute().body();
        Document page = Jsoup.parse(html);
        assertThat(page.select("li.comment")).as("the discussion is on the page").hasSize(4);
        long weight = html.getBytes(StandardCharsets.UTF_8).length;
        for (Element linked : page.select("link[rel=stylesheet][href], script[src]")) {
            String address = linked.hasAttr("href") ? linked.attr("href") : linked.attr("src");
            weight += session().newRequest(url(address)).ignoreContentType(true).execute().bodyAsBytes().length;
        }
        assertThat(page.select("link[rel=stylesheet]")).as("the page is styled").isNotEmpty();
        assertThat(weight).isLessThan(30_000);
    }
}
