package org.reelpress.comment;

/** Only approved comments show and count. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String column() {
        return name().toLowerCase();
    }

    static CommentStatus ofColumn(String value) {
        return valueOf(value.toUpperCase());
    }
}
