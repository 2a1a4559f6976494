package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CommentStatusTest {

    @Test
    void readsEveryStatusBackFromTheBytesItIsStoredAs() {
        for (CommentStatus status : CommentStatus.values()) {
            assertThat(CommentStatus.ofColumn(status.column().getBytes(StandardCharsets.UTF_8))).isEqualTo(status);
        }
    }

    @Test
    void readsAWordStoredInCapitalsAsTheTextReaderDoes() {
        assertThat(CommentStatus.ofColumn("SPAM".getBytes(StandardCharsets.UTF_8))).isEqualTo(CommentStatus.SPAM);
        assertThat(CommentStatus.ofColumn("SPAM")).isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void refusesAWordThatIsNoStatus() {
        assertThatIllegalArgumentException().isThrownBy(() -> CommentStatus.ofColumn("approve".getBytes(StandardCharsets.UTF_8)));
    }
}
