package org.reelpress.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.reelpress.web.Utf8Html;

/**
 * A made-up discussion for the benchmarks: {@code size} approved comments in Korean and English,
 * a third of them starting a thread and the rest replying to one of the last few comments, never
 * deeper than five levels; rows in path order, as the repository returns them.
 */
final class SampleThread {

    private static final String[] BODIES = {
            "<p>The long take in the kitchen is the whole film in miniature: nobody says what they mean, "
                    + "and the camera refuses to cut away until someone does.</p>",
            "<p>마지막 장면에서 아버지가 웃는 이유를 이제야 알 것 같아요. 두 번째 볼 때 훨씬 더 슬펐습니다.</p>",
            "<p>I disagree about the score. It tells you what to feel in every scene, which is the opposite "
                    + "of what the script is doing.</p>\n<p>Still, a fine review.</p>",
            "<p>원작 소설과 비교하면 결말이 많이 달라요. 영화 쪽이 더 잔인하지만 더 정직하다고 생각합니다.</p>",
            "<p>Watched it again last night because of this thread — the rain scene plays completely "
                    + "differently once you know who is at the door.</p>"};

    private SampleThread() {
    }

    static List<Comment> rows(int size, long postId) {
        Random random = new Random(size);
        List<Comment> rows = new ArrayList<>(size);
        for (long id = 1; id <= size; id++) {
            Comment parent = rows.isEmpty() || random.nextInt(3) == 0 ? null
                    : rows.get(rows.size() - 1 - random.nextInt(Math.min(rows.size(), 8)));
            while (parent != null && parent.depth() >= 5) {
                parent = rows.get((int) parent.parentId().longValue() - 1);
            }
            String path = (parent == null ? "" : parent.path() + ".") + "%010d".formatted(id);
            rows.add(new Comment(id, postId, parent == null ? null : parent.id(), parent == null ? 1 : parent.depth() + 1,
                    path, (id % 2 == 0 ? "관객 " : "Reader ") + id, id % 5 == 0 ? "https://example.org/" + id : "",
                    "/avatars/%016x.svg".formatted(id * 7919), Utf8Html.of(BODIES[(int) (id % BODIES.length)]), CommentStatus.APPROVED,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 600), null, null));
        }
        rows.sort(Comparator.comparing(Comment::path));
        return List.copyOf(rows);
    }

    static List<CommentNode> threads(int size, long postId) {
        return CommentTree.build(rows(size, postId), 5);
    }
}
