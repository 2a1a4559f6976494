package org.reelpress.work;

import java.util.ArrayList;
import java.util.List;

/** A film, series or book under review. Optional parts are null when unknown. */
public record Work(long id, WorkKind kind, String slug, String title, String originalTitle,
                   Integer year, String creator, String country) {

    /** "狂った一頁 · 1926 · directed by Teinosuke Kinugasa": what a reader needs to place the work. */
    public String line() {
        List<String> parts = new ArrayList<>();
        if (originalTitle != null && !originalTitle.isBlank() && !originalTitle.equals(title)) {
            parts.add(originalTitle);
        }
        if (year != null) {
            parts.add(String.valueOf(year));
        }
        if (creator != null && !creator.isBlank()) {
            parts.add(kind.makerPhrase() + " " + creator);
        }
        if (country != null && !country.isBlank()) {
            parts.add(country);
        }
        return kind.label() + (parts.isEmpty() ? "" : " · " + String.join(" · ", parts));
    }
}
