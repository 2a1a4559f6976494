package org.reelpress.feed;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentRepository.RecentComment;
import org.reelpress.post.Permalinks;
import org.reelpress.post.Post;
import org.reelpress.post.PostRepository;
import org.reelpress.site.ReelpressProperties;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of approved comments: one per review and one for the whole blog. Entries carry the
 * commenter's name, never their e-mail address; an entry's id is the comment's lasting address
 * ({@code /comments/{id}}), which also serves as its link.
 */
@RestController
class CommentFeeds {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final int ENTRIES = 50;

    private final PostRepository posts;
    private final CommentRepository comments;
    private final SettingsRepository settings;
    private final ReelpressProperties properties;

    CommentFeeds(PostRepository posts, CommentRepository comments, SettingsRepository settings,
                 ReelpressProperties properties) {
        this.posts = posts;
        this.comments = comments;
        this.settings = settings;
        this.properties = properties;
    }

    // GET /{year}/{month}/{slug}/feed/ (or the same under any permalink structure: /{y}/{m}/{d}/{slug}/feed/,
    // /{slug}/feed/, /archives/{id}/feed/) → Atom: the review's newest approved comments, newest first; unknown → 404
    @GetMapping({"/{year:\\d{4}}/{month:\\d{2}}/{slug}/feed/", "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/feed/",
            "/{slug}/feed/", "/archives/{id:\\d{1,18}}/feed/"})
    ResponseEntity<String> ofReview(@PathVariable(required = false) String slug, @PathVariable(required = false) Long id) {
        SiteSettings site = settings.site();
        Post post = (id != null ? posts.findPublished(id) : posts.findPublished(slug))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String permalink = base() + Permalinks.of(site, post.id(), post.slug(), post.publishedAt());
        SyndFeed feed = feed("Comments on “" + post.title() + "”", permalink, permalink + "feed/",
                comments.recentApproved(post.id(), ENTRIES), post.publishedAt().toEpochMilli());
        return atom(feed);
    }

    // GET /comments/feed/ → Atom: the newest approved comments on all published reviews, newest first
    @GetMapping("/comments/feed/")
    ResponseEntity<String> ofBlog() {
        SiteSettings site = settings.site();
        String home = base() + "/";
        SyndFeed feed = feed("Comments on " + site.title(), home, base() + "/comments/feed/",
                comments.recentApproved(ENTRIES), 0);
        return atom(feed);
    }

    private SyndFeed feed(String title, String alternate, String self, List<RecentComment> recent, long since) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(self);
        feed.setLinks(List.of(link("alternate", "text/html", alternate), link("self", "application/atom+xml", self)));
        long updated = recent.isEmpty() ? since : recent.getFirst().comment().createdAt().toEpochMilli();
        feed.setPublishedDate(new Date(updated));
        feed.setEntries(recent.stream().map(this::entry).toList());
        return feed;
    }

    private SyndEntry entry(RecentComment recent) {
        var comment = recent.comment();
        String address = base() + "/comments/" + comment.id();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(address);
        entry.setLink(address);
        entry.setTitle("By " + comment.authorName() + " on “" + recent.postTitle() + "”");
        SyndPersonImpl author = new SyndPersonImpl();
        author.setName(comment.authorName());
        if (!comment.authorUrl().isEmpty()) {
            author.setUri(comment.authorUrl());
        }
        entry.setAuthors(List.of(author));
        Date created = Date.from(comment.createdAt());
        entry.setPublishedDate(created);
        entry.setUpdatedDate(comment.editedAt() == null ? created : Date.from(comment.editedAt()));
        SyndContentImpl content = new SyndContentImpl();
        content.setType("html");
        content.setValue(comment.bodyHtml());
        entry.setContents(List.of(content));
        return entry;
    }

    private static SyndLinkImpl link(String rel, String type, String href) {
        SyndLinkImpl link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    /** The blog's address as readers use it: the configured one, or the one this request came in on. */
    private String base() {
        return properties.siteUrl().isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : properties.siteUrl();
    }

    private static ResponseEntity<String> atom(SyndFeed feed) {
        try {
            return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write a comment feed", e);
        }
    }
}
