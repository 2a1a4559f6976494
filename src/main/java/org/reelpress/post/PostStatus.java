package org.reelpress.post;

import java.util.Locale;

public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED, PRIVATE, TRASH;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
