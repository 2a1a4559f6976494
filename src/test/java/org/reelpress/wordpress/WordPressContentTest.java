package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordPressContentTest {

    private static final Map<Long, WordPressContent.Image> IMAGES = Map.of(
            5L, new WordPressContent.Image(5, "/wp-content/uploads/a.jpg", "First \"still\""),
            6L, new WordPressContent.Image(6, "https://old.example.org/wp-content/uploads/b.jpg", "Second"));

    private static String html(String content) {
        return WordPressContent.toHtml(content, IMAGES::get, List.of(IMAGES.get(6L)));
    }

    @Test
    void dropsBlockEditorCommentsButKeepsWhatIsBetweenThem() {
        assertThat(html("<!-- wp:paragraph {\"align\":\"center\"} -->\n<p>Kept.</p>\n<!-- /wp:paragraph -->"))
                .isEqualTo("\n<p>Kept.</p>\n");
    }

    @Test
    void turnsACaptionIntoAFigureWhetherTheCaptionIsTextOrAnAttribute() {
        assertThat(html("[caption id=\"x\"]<a href=\"/big.jpg\"><img src=\"/small.jpg\" /></a> A still[/caption]"))
                .isEqualTo("<figure><a href=\"/big.jpg\"><img src=\"/small.jpg\" /></a><figcaption>A still</figcaption></figure>\n");
        assertThat(html("[caption caption=\"Old <style>\"]<img src=\"/s.jpg\">[/caption]"))
                .contains("<figcaption>Old &lt;style&gt;</figcaption>");
    }

    @Test
    void showsAGalleryOfTheNamedImagesOrElseOfThePostsOwn() {
        assertThat(html("[gallery ids=\"6,5,99\"]")).isEqualTo("<div class=\"gallery\">"
                + "<figure><img src=\"https://old.example.org/wp-content/uploads/b.jpg\" alt=\"Second\"></figure>"
                + "<figure><img src=\"/wp-content/uploads/a.jpg\" alt=\"First &quot;still&quot;\"></figure></div>\n");
        assertThat(html("[gallery columns=\"2\"]")).contains("b.jpg").doesNotContain("a.jpg");
    }

    @Test
    void leavesUnknownShortcodesAsText() {
        assertThat(html("<p>[audio src=\"x.mp3\"] and [embed]https://video.example/1[/embed]</p>"))
                .isEqualTo("<p>[audio src=\"x.mp3\"] and [embed]https://video.example/1[/embed]</p>");
    }

    @Test
    void addsTheParagraphsWordPressAddsWhenItShowsClassicEditorText() {
        assertThat(html("One line\nand the next.\r\n\r\nA second paragraph.\n\n<blockquote>Quoted</blockquote>"))
                .isEqualTo("<p>One line<br>\nand the next.</p>\n<p>A second paragraph.</p>\n<blockquote>Quoted</blockquote>\n");
    }
}
