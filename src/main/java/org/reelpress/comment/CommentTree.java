package org.reelpress.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a thread's flat rows into the nested replies readers see. */
final class CommentTree {

    private CommentTree() {
    }

    /**
     * @param rows     comments in path order, as the repository returns them
     * @param maxLevel the deepest level shown; deeper replies show at that level, under their nearest shown ancestor's parent
     * @return the comments at the top of the threads, each holding its replies
     */
    static List<CommentNode> build(List<Comment> rows, int maxLevel) {
        Map<Long, CommentNode> shown = HashMap.newHashMap(rows.size());
        List<CommentNode> top = new ArrayList<>();
        for (Comment row : rows) {
            // nearly always the parent itself; only a reply to a held or removed comment looks further up
            Long parent = row.parentId();
            CommentNode under = parent == null ? null : shown.get(parent);
            if (under == null && parent != null) {
                under = nearestShownAncestor(row, shown);
            }
            while (under != null && under.level() >= maxLevel) {
                under = under.shownUnder();
            }
            CommentNode node = new CommentNode(row, under);
            if (under == null) {
                top.add(node);
            } else {
                under.add(node);
            }
            shown.put(row.id(), node);
        }
        return top;
    }

    /** A reply whose parent is not shown (held, trashed) hangs under the closest ancestor that is. */
    private static CommentNode nearestShownAncestor(Comment row, Map<Long, CommentNode> shown) {
        long[] ancestry = row.ancestry();
        for (int i = ancestry.length - 2; i >= 0; i--) {
            CommentNode ancestor = shown.get(ancestry[i]);
            if (ancestor != null) {
                return ancestor;
            }
        }
        return null;
    }
}
