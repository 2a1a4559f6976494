package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Nested
    class Reviews {

        @Test
        void rendersASpoilerBlockAsAClosedDetailsWithItsSummary() {
            Document html = Jsoup.parse(markdown.renderPost("""
                    Before.

                    :::spoiler Who survives
                    Only the *dog*.

                    - and the cat
                    :::

                    After.""").html());

            assertThat(html.select("details.spoiler")).hasSize(1);
            assertThat(html.selectFirst("details").hasAttr("open")).isFalse();
            assertThat(html.selectFirst("details > summary").text()).isEqualTo("Who survives");
            assertThat(html.select("details > p > em").text()).isEqualTo("dog");
            assertThat(html.select("details > ul > li").text()).isEqualTo("and the cat");
            assertThat(html.select("body > p").eachText()).containsExactly("Before.", "After.");
        }

        @Test
        void givesASpoilerWithoutSummaryADefaultOne() {
            Document html = Jsoup.parse(markdown.renderPost(":::spoiler\nThe twist.\n:::").html());

            assertThat(html.selectFirst("summary").text()).isEqualTo(SpoilerBlockParser.DEFAULT_SUMMARY);
        }

        @Test
        void keepsSpoilersOutOfTheExcerpt() {
            RenderedPost post = markdown.renderPost(":::spoiler\nThe butler did it.\n:::\n\nA fine mystery.");

            assertThat(post.excerpt()).isEqualTo("A fine mystery.");
        }

        @Test
        void rendersOrderedListsTablesAndEmphasis() {
            Document html = Jsoup.parse(markdown.renderPost("""
                    1. **one**
                    2. two

                    | Year | Title |
                    |:-----|------:|
                    | 2013 | 7번방의 선물 |
                    """).html());

            assertThat(html.select("ol > li")).hasSize(2);
            assertThat(html.select("ol strong").text()).isEqualTo("one");
            assertThat(html.select("table td").eachText()).containsExactly("2013", "7번방의 선물");
            assertThat(html.select("td[align], th[align]")).isEmpty();
            assertThat(html.select("td.align-right")).hasSize(1);
        }

        @Test
        void removesScriptsAndEventHandlersEvenFromRawHtml() {
            String html = markdown.renderPost("""
                    <script>alert(1)</script>

                    <img src="poster.jpg" alt="Poster" onerror="alert(2)">

                    [click](javascript:alert(3))""").html();

            assertThat(html).doesNotContain("<script", "onerror", "javascript:");
            assertThat(Jsoup.parse(html).selectFirst("img").attr("alt")).isEqualTo("Poster");
        }

        @Test
        void shortensALongExcerptAtAWord() {
            RenderedPost post = markdown.renderPost("word ".repeat(200));

            assertThat(post.excerpt()).endsWith("word…").hasSizeLessThanOrEqualTo(281);
        }
    }

    @Nested
    class Comments {

        @Test
        void showsHtmlThatAReaderTypesAsText() {
            String html = markdown.renderComment("<b>bold</b> <script>alert(1)</script>");

            assertThat(Jsoup.parse(html).text()).isEqualTo("<b>bold</b> <script>alert(1)</script>");
            assertThat(Jsoup.parse(html).select("b, script")).isEmpty();
        }

        @Test
        void marksLinksAsNotEndorsed() {
            Document html = Jsoup.parse(markdown.renderComment("See [my blog](https://example.com)."));

            assertThat(html.selectFirst("a").attr("rel")).contains("nofollow", "ugc");
        }

        @Test
        void keepsLineBreaksAndDropsImages() {
            Document html = Jsoup.parse(markdown.renderComment("first line\nsecond line\n\n![x](https://example.com/x.png)"));

            assertThat(html.select("p").first().select("br")).hasSize(1);
            assertThat(html.select("img")).isEmpty();
        }
    }
}
