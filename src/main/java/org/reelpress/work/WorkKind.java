package org.reelpress.work;

import java.util.Locale;

/** What kind of work a review is about; each names its maker differently. */
public enum WorkKind {
    FILM("Film", "directed by"),
    SERIES("Series", "created by"),
    BOOK("Book", "by");

    private final String label;
    private final String makerPhrase;

    WorkKind(String label, String makerPhrase) {
        this.label = label;
        this.makerPhrase = makerPhrase;
    }

    public String label() {
        return label;
    }

    public String makerPhrase() {
        return makerPhrase;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static WorkKind ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
