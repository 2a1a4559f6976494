package org.reelpress.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.web.FormToken;

/**
 * The media library: the upload form (with the alt text typed so far and what was wrong, if
 * anything), then a page of images matching {@code search}, each with its Markdown to paste.
 */
public record LibraryPage(Layout layout, String alt, String problem, String notice, String search, List<Media> images,
                          Paging paging, int total, String maxSize, long maxBytes, FormToken token) {

    static final String PATH = "/admin/media";
    static final int PER_PAGE = 24;

    public String pageLink(int page) {
        String query = search.isEmpty() ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        String number = page <= 1 ? "" : "page=" + page;
        String joined = query.isEmpty() || number.isEmpty() ? query + number : query + "&" + number;
        return PATH + (joined.isEmpty() ? "" : "?" + joined);
    }
}
