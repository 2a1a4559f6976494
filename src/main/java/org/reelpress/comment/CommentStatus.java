package org.reelpress.comment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Only approved comments show and count. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    /** The likeliest first: nearly every row a page reads is an approved comment. */
    private static final CommentStatus[] BY_LIKELIHOOD = {APPROVED, PENDING, SPAM, TRASH};

    private final byte[] columnUtf8 = column().getBytes(StandardCharsets.UTF_8);

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

    /** The stored word as the driver's UTF-8 bytes, compared as they are: no text made and hashed for each row. */
    static CommentStatus ofColumn(byte[] utf8) {
        for (CommentStatus status : BY_LIKELIHOOD) {
            if (Arrays.equals(status.columnUtf8, utf8)) {
                return status;
            }
        }
        return ofColumn(new String(utf8, StandardCharsets.UTF_8));
    }
}
