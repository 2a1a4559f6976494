package org.reelpress.feed;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentRepository.RecentComment;
import org.reelpress.post.Permalinks;
import org.reelpress.post.Post;
import org.reelpress.post.PostRepository;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.PageTags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Feeds of approved comments: one per review and one for the whole blog, Atom at {@code feed/}
 * (as they have always been here) and {@code feed/atom/}, RSS 2.0 at {@code feed/rss2/}. Entries
 * carry the commenter's name, never their e-mail address; an entry's id is the comment's lasting
 * address ({@code /comments/{id}}), which also serves as its link.
 */
@RestController
class CommentFeeds {

    static final int ENTRIES = 50;

    private final PostRepository posts;
    private final CommentRepository comments;
    private final SettingsRepository settings;
    private final FeedIds ids;
    private final SiteUrl siteUrl;

    CommentFeeds(PostRepository posts, CommentRepository comments, SettingsRepository settings, FeedIds ids,
                 SiteUrl siteUrl) {
        this.posts = posts;
        this.comments = comments;
        this.settings = settings;
        this.ids = ids;
        this.siteUrl = siteUrl;
    }

    // GET /{year}/{month}/{slug}/feed/ (Atom), …/feed/atom/, …/feed/rss2/, and the same under every permalink
    // structure (/{y}/{m}/{d}/{slug}/, /{slug}/, /archives/{id}/) → the review's newest approved comments,
    // newest first; unknown review or format → 404
    @GetMapping({"/{year:\\d{4}}/{month:\\d{2}}/{slug}/feed/", "/{year:\\d{4}}/{month:\\d{2}}/{slug}/feed/{format}/",
            "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/feed/", "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/feed/{format}/",
            "/{slug}/feed/", "/{slug}/feed/{format}/", "/archives/{id:\\d{1,18}}/feed/", "/archives/{id:\\d{1,18}}/feed/{format}/"})
    ResponseEntity<String> ofReview(@PathVariable(required = false) String slug, @PathVariable(required = false) Long id,
                                    @PathVariable(required = false) String format, HttpServletRequest request) {
        SiteSettings site = settings.site();
        Post post = (id != null ? posts.findPublished(id) : posts.findPublished(slug))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String permalink = Permalinks.of(site, post.id(), post.slug(), post.publishedAt());
        return answer(format, request, "comments/" + post.id(), "Comments on “" + post.title() + "”",
                "The discussion under “" + post.title() + "” on " + site.title(), permalink,
                comments.recentApproved(post.id(), ENTRIES), post);
    }

    // GET /comments/feed/ (Atom), /comments/feed/atom/, /comments/feed/rss2/ → the newest approved comments on all
    // published reviews, newest first; another format → 404
    @GetMapping({"/comments/feed/", "/comments/feed/{format}/"})
    ResponseEntity<String> ofBlog(@PathVariable(required = false) String format, HttpServletRequest request) {
        SiteSettings site = settings.site();
        return answer(format, request, "comments", "Comments on " + site.title(),
                "The newest comments on " + site.title(), "/", comments.recentApproved(ENTRIES), null);
    }

    private ResponseEntity<String> answer(String formatName, HttpServletRequest request, String key, String title,
                                          String description, String alternatePath, List<RecentComment> recent,
                                          Post post) {
        FeedFormat format = FeedFormat.named(formatName, FeedFormat.ATOM)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageTags.add(request, PageTags.LISTS); // any post or discussion change may change a feed
        SiteSettings site = settings.site();
        String base = siteUrl.base(request);
        String feedPath = (post == null ? "/comments/" : alternatePath) + "feed/";
        List<Feed.Entry> entries = recent.stream().map(r -> entry(r, base)).toList();
        Feed feed = new Feed(ids.ofFeed(key), title, description, base + alternatePath, feedPath, site.language(),
                entries, post == null ? Instant.EPOCH : post.publishedAt());
        return FeedResponses.of(FeedWriter.write(feed, format, base), format.contentType(), feed.updated());
    }

    private static Feed.Entry entry(RecentComment recent, String base) {
        var comment = recent.comment();
        String address = base + "/comments/" + comment.id();
        return new Feed.Entry(address, address, "By " + comment.authorName() + " on “" + recent.postTitle() + "”",
                comment.authorName(), comment.authorUrl(), comment.createdAt(),
                comment.editedAt() == null ? comment.createdAt() : comment.editedAt(),
                null, comment.bodyHtml().text(), List.of());
    }
}
