package org.reelpress.comment;

import java.util.Locale;

/** Only approved comments show and count. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CommentStatus ofColumn(String value) {
        // read for every row of a page: the stored words themselves first, without upper-casing a copy
        return switch (value) {
            case "approved" -> APPROVED;
            case "pending" -> PENDING;
            case "spam" -> SPAM;
            case "trash" -> TRASH;
            default -> valueOf(value.toUpperCase(Locale.ROOT));
        };
    }
}
