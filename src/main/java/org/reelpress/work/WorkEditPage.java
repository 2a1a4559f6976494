package org.reelpress.work;

import java.util.List;
import java.util.Map;

import org.reelpress.media.Media;
import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/**
 * The form for a new work ({@code workId} null) or an existing one: the values as typed, what is
 * wrong with them by field, the images to choose a poster from, and what was just done.
 */
public record WorkEditPage(Layout layout, Long workId, String publicLink, WorkForm form, Map<String, String> problems,
                           List<Media> images, String notice, String maxSize, long maxBytes, FormToken token) {

    public String action() {
        return workId == null ? "/admin/works" : "/admin/works/" + workId;
    }

    public String problem(String field) {
        return problems.get(field);
    }

    /** The aria-describedby of a field: its hint, and its problem when it has one. */
    public String describedBy(String field, String hint) {
        String error = problems.containsKey(field) ? field + "-problem" : null;
        if (hint == null) {
            return error;
        }
        return error == null ? hint : hint + " " + error;
    }

    public List<String> kinds() {
        return List.of("film", "series", "book");
    }

    public String kindLabel(String kind) {
        return WorkKind.ofColumn(kind).label();
    }

    public boolean chosenPoster(Media image) {
        return String.valueOf(image.id()).equals(form.poster());
    }
}
