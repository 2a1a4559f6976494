package org.reelpress.comment;

import java.util.Arrays;
import java.util.Optional;
import java.util.Locale;

/** What a moderator can do with a comment; {@code DELETE} removes it for good, from spam or the trash only. */
public enum ModerationAction {
    APPROVE("Approve", CommentStatus.APPROVED, "approved"),
    UNAPPROVE("Unapprove", CommentStatus.PENDING, "moved back to pending"),
    SPAM("Spam", CommentStatus.SPAM, "marked as spam"),
    TRASH("Trash", CommentStatus.TRASH, "moved to the trash"),
    DELETE("Delete permanently", null, "deleted permanently");

    private final String label;
    private final CommentStatus result;
    private final String done;

    ModerationAction(String label, CommentStatus result, String done) {
        this.label = label;
        this.result = result;
        this.done = done;
    }

    /** The action named in an address or form ("approve"); empty for anything else. */
    static Optional<ModerationAction> named(String name) {
        return Arrays.stream(values()).filter(action -> action.word().equals(name)).findFirst();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The status a comment ends in; null for {@code DELETE}. */
    CommentStatus result() {
        return result;
    }

    String done() {
        return done;
    }

    /** The buttons a comment in this status gets: every other status, and deletion from spam or the trash. */
    boolean offeredFor(CommentStatus status) {
        return this == DELETE ? status == CommentStatus.SPAM || status == CommentStatus.TRASH : result != status;
    }
}
