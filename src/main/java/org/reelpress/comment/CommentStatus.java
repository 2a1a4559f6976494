package org.reelpress.comment;

import java.util.Locale;

/** Only approved comments show and count. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    private static final CommentStatus[] ALL = values();

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

    /**
     * SQL that gives the status stored in {@code column} as its {@link #ofNumber number}, -1 for a word
     * not known here. A page reads one for each of its comments, and a number costs the driver less to
     * hand over than a word: no array made and filled from native code for each row.
     */
    static String asNumber(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (CommentStatus status : ALL) {
            sql.append(" WHEN '").append(status.column()).append("' THEN ").append(status.ordinal());
        }
        return sql.append(" ELSE -1 END").toString();
    }

    /** The status {@link #asNumber} gave. */
    static CommentStatus ofNumber(int number) {
        if (number < 0 || number >= ALL.length) {
            throw new IllegalArgumentException("No comment status is stored as " + number);
        }
        return ALL[number];
    }
}
