package org.reelpress.post;

import java.util.Locale;

/** The two ways a writer groups reviews, each with its archive under its own URL prefix. */
public enum Taxonomy {
    CATEGORY("category", "Category"),
    TAG("tag", "Tag");

    private final String urlPrefix;
    private final String label;

    Taxonomy(String urlPrefix, String label) {
        this.urlPrefix = urlPrefix;
        this.label = label;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String urlPrefix() {
        return urlPrefix;
    }

    public String label() {
        return label;
    }

    static Taxonomy ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
