package org.reelpress.wordpress;

import static org.reelpress.wordpress.RestSite.avatars;
import static org.reelpress.wordpress.RestSite.embeddable;
import static org.reelpress.wordpress.RestSite.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reelpress.comment.Comment;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.CommentTarget;
import org.springframework.stereotype.Component;

/** A comment in the fields of WordPress's comment schema (context "view": no e-mail address, no IP, no user agent). */
@Component
class RestCommentShapes {

    private final RestSite site;

    RestCommentShapes(RestSite site) {
        this.site = site;
    }

    /** WordPress's word for a status: "approved", "hold", "spam", "trash". */
    static String status(CommentStatus status) {
        return status == CommentStatus.PENDING ? "hold" : status.column();
    }

    /** {@code target} may be null when the post is no longer published. */
    Map<String, Object> shape(Comment comment, CommentTarget target) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", comment.id());
        item.put("post", comment.postId());
        item.put("parent", comment.parentId() == null ? 0 : comment.parentId());
        item.put("author", comment.userId() == null ? 0 : comment.userId());
        item.put("author_name", comment.authorName());
        item.put("author_url", comment.authorUrl());
        item.put("date", site.local(comment.createdAt()));
        item.put("date_gmt", site.gmt(comment.createdAt()));
        item.put("content", Map.of("rendered", comment.bodyHtml().text()));
        item.put("link", target == null ? site.url("/") : site.url(target.permalink() + "#" + comment.anchor()));
        item.put("status", status(comment.status()));
        item.put("type", "comment");
        item.put("author_avatar_urls", avatars(site.url(comment.avatar())));
        item.put("meta", List.of());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(site.api("/comments/" + comment.id())));
        links.put("collection", link(site.api("/comments")));
        if (comment.userId() != null) {
            links.put("author", List.of(embeddable(site.api("/users/" + comment.userId()))));
        }
        links.put("up", List.of(Map.of("embeddable", true, "post_type", "post",
                "href", site.api("/posts/" + comment.postId()))));
        if (comment.parentId() != null) {
            links.put("in-reply-to", List.of(embeddable(site.api("/comments/" + comment.parentId()))));
        }
        item.put("_links", links);
        return item;
    }
}
