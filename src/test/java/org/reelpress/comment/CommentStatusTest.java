package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CommentStatusTest {

    @Test
    void readsAWordStoredInCapitalsAsTheTextReaderDoes() {
        assertThat(CommentStatus.ofColumn("SPAM")).isEqualTo(CommentStatus.SPAM);
        assertThat(CommentStatus.ofColumn("spam")).isEqualTo(CommentStatus.SPAM);
    }

    @Test
    void givesEveryStatusANumberOfItsOwnInSql() {
        String sql = CommentStatus.asNumber("c.status");
        for (CommentStatus status : CommentStatus.values()) {
            String when = "WHEN '" + status.column() + "' THEN ";
            assertThat(sql).contains(when);
            int number = Integer.parseInt(sql.substring(sql.indexOf(when) + when.length()).split(" ")[0]);
            assertThat(CommentStatus.ofNumber(number)).isEqualTo(status);
        }
        assertThat(sql).startsWith("CASE c.status ").endsWith(" ELSE -1 END");
    }

    @Test
    void refusesAWordOrANumberThatIsNoStatus() {
        assertThatIllegalArgumentException().isThrownBy(() -> CommentStatus.ofColumn("approve"));
        assertThatIllegalArgumentException().isThrownBy(() -> CommentStatus.ofNumber(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> CommentStatus.ofNumber(CommentStatus.values().length));
    }
}
