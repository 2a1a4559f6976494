package org.reelpress.editor;

import java.util.Locale;
import java.util.Optional;

/** Reviews and pages share the editor; each has its own list under its own admin path. */
public enum PostType {
    POST("posts", "Post", "Posts"),
    PAGE("pages", "Page", "Pages");

    private final String segment;
    private final String label;
    private final String plural;

    PostType(String segment, String label, String plural) {
        this.segment = segment;
        this.label = label;
        this.plural = plural;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "/admin/posts" or "/admin/pages" */
    public String listPath() {
        return "/admin/" + segment;
    }

    public String editPath(long id) {
        return listPath() + "/" + id + "/edit";
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    public String lowerLabel() {
        return column();
    }

    public static Optional<PostType> ofSegment(String segment) {
        for (PostType type : values()) {
            if (type.segment.equals(segment)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static PostType ofColumn(String column) {
        return valueOf(column.toUpperCase(Locale.ROOT));
    }
}
