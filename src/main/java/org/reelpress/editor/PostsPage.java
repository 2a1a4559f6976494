package org.reelpress.editor;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.reelpress.post.Permalinks;
import org.reelpress.post.PostStatus;
import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.FormToken;

/** The list of posts or pages: a page of rows under a filter, the filter's choices, and what was just done. */
public record PostsPage(Layout layout, ListFilter filter, List<ListedPost> posts, Map<String, Integer> counts,
                        Paging paging, List<Choice> authors, List<Choice> categories, List<Choice> tags,
                        List<Choice> works, String message, SiteSettings site, FormToken token) {

    public ZoneId zone() {
        return site.zone();
    }

    public String tab(String status) {
        return filter.label(status) + " (" + counts.getOrDefault(status, 0) + ")";
    }

    public List<PostAction> actions() {
        return List.of(PostAction.values());
    }

    public String pageLink(int number) {
        return filter.withPage(number).link();
    }

    /** Where readers find the post, when they can. */
    public String permalink(ListedPost post) {
        if (post.status() != PostStatus.PUBLISHED) {
            return null;
        }
        return post.type() == PostType.PAGE ? Permalinks.ofPage(post.slug()) : Permalinks.of(site, post.id(), post.slug(), post.publishedAt());
    }

    public String editLink(ListedPost post) {
        return post.type().editPath(post.id());
    }

    public String statusLabel(ListedPost post) {
        return filter.label(post.status().column());
    }

    public boolean selected(long chosen, Choice choice) {
        return chosen == choice.id();
    }
}
