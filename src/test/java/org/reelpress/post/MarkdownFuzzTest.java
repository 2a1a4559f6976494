package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.reelpress.hostile.XssChecks;

/**
 * Any text at all through the Markdown renderer: no exception, and no runnable code in what comes out.
 * A plain {@code ./mvnw test} runs the seeds in {@code MarkdownFuzzTestInputs/}; to fuzz for real for a
 * few minutes: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=MarkdownFuzzTest -Djazzer.max_duration=5m}
 * (see the README's "Fuzzing" section).
 */
class MarkdownFuzzTest {

    private static final Markdown MARKDOWN = new Markdown();

    @FuzzTest(maxDuration = "30s")
    void aWritersMarkdownBecomesSafeHtml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        RenderedPost post = MARKDOWN.renderPost(text);

        assertThat(XssChecks.inFragment(post.html(), "post")).isEmpty();
        assertThat(post.excerpt().codePointCount(0, post.excerpt().length())).isLessThanOrEqualTo(281);
    }

    @FuzzTest(maxDuration = "30s")
    void aReadersCommentBecomesSafeHtml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        assertThat(XssChecks.inFragment(MARKDOWN.renderComment(text), "comment")).isEmpty();
        assertThat(XssChecks.inFragment(MARKDOWN.renderCommentHtml(text), "imported comment")).isEmpty();
    }
}
