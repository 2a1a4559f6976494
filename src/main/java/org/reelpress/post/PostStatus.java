package org.reelpress.post;

public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED, PRIVATE, TRASH;

    public String column() {
        return name().toLowerCase();
    }
}
