package org.reelpress.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reelpress.post.Markdown;

/**
 * Every payload of the corpus, alone, through each way user text becomes HTML: a writer's Markdown,
 * a reader's comment, and a WordPress export's post and comment HTML.
 */
class MarkdownResistsXssTest {

    private final Markdown markdown = new Markdown();

    @Test
    void aWritersMarkdownNeverCarriesRunnableCode() {
        assertThat(problems(payload -> markdown.renderPost(payload).html())).isEmpty();
    }

    @Test
    void aReadersCommentNeverCarriesRunnableCode() {
        assertThat(problems(markdown::renderComment)).isEmpty();
    }

    @Test
    void importedHtmlNeverCarriesRunnableCode() {
        assertThat(problems(payload -> markdown.renderPostHtml(payload).html())).isEmpty();
        assertThat(problems(markdown::renderCommentHtml)).isEmpty();
    }

    @Test
    void aSafeLinkStaysALink() {
        assertThat(markdown.renderComment("[a safe link](https://example.com/safe)"))
                .contains("href=\"https://example.com/safe\"");
        assertThat(markdown.renderPost("![poster](/uploads/a.png)").html()).contains("src=\"/uploads/a.png\"");
    }

    private static List<String> problems(java.util.function.UnaryOperator<String> render) {
        List<String> problems = new ArrayList<>();
        for (String payload : XssPayloads.all()) {
            for (String problem : XssChecks.inFragment(render.apply(payload), XssChecks.shortly(payload))) {
                problems.add(problem);
            }
        }
        return problems;
    }
}
