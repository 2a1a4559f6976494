package org.reelpress.work;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;

/** A film, series or book under review. Optional parts are null when unknown; the poster is a media id. */
public record Work(long id, WorkKind kind, String slug, String title, String originalTitle,
                   Integer year, String creator, String country, Integer runtimeMinutes, Long posterId) {

    public Work(long id, WorkKind kind, String slug, String title, String originalTitle, Integer year, String creator,
                String country) {
        this(id, kind, slug, title, originalTitle, year, creator, country, null, null);
    }

    /** Where the work's own page is: /works/a-page-of-madness-1926/ */
    public String link() {
        return "/works/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8) + "/";
    }

    /** "1 h 43 min", "58 min" */
    public String runtime() {
        if (runtimeMinutes == null) {
            return null;
        }
        int hours = runtimeMinutes / 60;
        int minutes = runtimeMinutes % 60;
        return hours == 0 ? minutes + " min" : minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

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
