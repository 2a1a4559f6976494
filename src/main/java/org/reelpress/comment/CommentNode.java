package org.reelpress.comment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A comment in its place in a thread: how deep it is shown and the replies shown under it. */
public final class CommentNode {

    private final Comment comment;
    private final int level;
    private final CommentNode shownUnder;
    private final List<CommentNode> replies = new ArrayList<>();

    CommentNode(Comment comment, CommentNode shownUnder) {
        this.comment = comment;
        this.shownUnder = shownUnder;
        this.level = shownUnder == null ? 1 : shownUnder.level + 1;
    }

    public Comment comment() {
        return comment;
    }

    /** 1 for a comment at the top of a thread. */
    public int level() {
        return level;
    }

    public List<CommentNode> replies() {
        return Collections.unmodifiableList(replies);
    }

    CommentNode shownUnder() {
        return shownUnder;
    }

    void add(CommentNode reply) {
        replies.add(reply);
    }
}
