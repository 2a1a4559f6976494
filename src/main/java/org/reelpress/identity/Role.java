package org.reelpress.identity;

/** What a user may do on the blog, from most to least trusted. */
public enum Role {
    ADMINISTRATOR, EDITOR, AUTHOR, CONTRIBUTOR, COMMENTER;

    public String column() {
        return name().toLowerCase();
    }

    static Role ofColumn(String value) {
        return valueOf(value.toUpperCase());
    }
}
