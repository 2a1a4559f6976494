package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reelpress.web.Utf8Html;

class CommentTreeTest {

    /** A row as the repository returns it; the path is made from the ancestry given. */
    private static Comment row(long id, long... ancestors) {
        List<String> path = new ArrayList<>();
        for (long ancestor : ancestors) {
            path.add("%010d".formatted(ancestor));
        }
        path.add("%010d".formatted(id));
        Long parent = ancestors.length == 0 ? null : ancestors[ancestors.length - 1];
        return new Comment(id, 1, parent, ancestors.length + 1, String.join(".", path), "Reader " + id, "",
                "0000000000000000", Utf8Html.of("<p>text</p>"), CommentStatus.APPROVED, Instant.EPOCH, null, null);
    }

    private static List<Long> ids(List<CommentNode> nodes) {
        return nodes.stream().map(node -> node.comment().id()).toList();
    }

    @Test
    void putsRepliesUnderTheirParentsInTheOrderGiven() {
        List<CommentNode> threads = CommentTree.build(List.of(
                row(1), row(2, 1), row(4, 1), row(3, 1, 2), row(5)), 5);

        assertThat(ids(threads)).containsExactly(1L, 5L);
        assertThat(ids(threads.get(0).replies())).containsExactly(2L, 4L);
        assertThat(ids(threads.get(0).replies().get(0).replies())).containsExactly(3L);
        assertThat(threads.get(0).replies().get(0).replies().get(0).level()).isEqualTo(3);
    }

    @Test
    void showsRepliesBeyondTheDeepestLevelAtThatLevelRightAfterTheirParent() {
        List<CommentNode> threads = CommentTree.build(List.of(
                row(1), row(2, 1), row(3, 1, 2), row(4, 1, 2, 3), row(5, 1, 2)), 2);

        CommentNode second = threads.get(0).replies().get(0);
        assertThat(ids(threads.get(0).replies())).containsExactly(2L, 3L, 4L, 5L);
        assertThat(threads.get(0).replies()).allMatch(node -> node.level() == 2);
        assertThat(second.replies()).isEmpty();
    }

    @Test
    void hangsAReplyWhoseParentIsNotShownUnderTheNearestShownAncestor() {
        // comment 2 is held for moderation, so it is not among the rows
        List<CommentNode> threads = CommentTree.build(List.of(row(1), row(3, 1, 2)), 5);

        assertThat(ids(threads.get(0).replies())).containsExactly(3L);
        assertThat(threads.get(0).replies().get(0).level()).isEqualTo(2);
    }

    @Test
    void startsAThreadForAReplyWithNoShownAncestor() {
        List<CommentNode> threads = CommentTree.build(List.of(row(7, 6)), 5);

        assertThat(ids(threads)).containsExactly(7L);
        assertThat(threads.get(0).level()).isEqualTo(1);
    }

    @Test
    void flattensEverythingWhenOnlyOneLevelIsShown() {
        List<CommentNode> threads = CommentTree.build(List.of(row(1), row(2, 1), row(3, 1, 2), row(4)), 1);

        assertThat(ids(threads)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void buildsNothingFromNoRows() {
        assertThat(CommentTree.build(List.of(), 5)).isEmpty();
    }
}
