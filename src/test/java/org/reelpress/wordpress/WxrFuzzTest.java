package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.reelpress.hostile.XssChecks;
import org.reelpress.post.Markdown;

/**
 * Any bytes given as a WordPress export are read or refused with a message (a {@link WxrRefused}),
 * never with another exception; what is read becomes posts and comments without runnable code, as the
 * importer renders them. {@code ./mvnw test} runs the seeds in {@code WxrFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real (see the README).
 */
class WxrFuzzTest {

    private static final Markdown MARKDOWN = new Markdown();
    /** Every attachment a gallery names points somewhere it must not. */
    private static final WordPressContent.Image HOSTILE = new WordPressContent.Image(1, "javascript:alert(1)", "\"><script>");

    @FuzzTest(maxDuration = "30s")
    void anyFileIsReadOrRefusedInWords(byte[] input) {
        try {
            WxrReader.read(new ByteArrayInputStream(input), new Wxr.Visitor() {
                @Override
                public void item(Wxr.Item item) {
                    String html = WordPressContent.toHtml(item.content(), id -> HOSTILE, List.of(HOSTILE));
                    assertThat(XssChecks.inFragment(MARKDOWN.renderPostHtml(html).html(), "post")).isEmpty();
                    WordPressDates.instant(item.postDateGmt(), item.postDate(), ZoneOffset.UTC);
                    for (Wxr.Comment comment : item.comments()) {
                        String body = MARKDOWN.renderCommentHtml(WordPressContent.commentHtml(comment.content()));
                        assertThat(XssChecks.inFragment(body, "comment")).isEmpty();
                        WordPressDates.instant(comment.dateGmt(), comment.date(), ZoneOffset.UTC);
                    }
                }
            });
        } catch (WxrRefused refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
