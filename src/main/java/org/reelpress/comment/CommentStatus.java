package org.reelpress.comment;

import java.util.Locale;

/** Only approved comments show and count. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CommentStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
