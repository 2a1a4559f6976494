package org.reelpress.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.feed.FeedRepository.FeedPost;
import org.reelpress.feed.FeedRepository.Filter;
import org.reelpress.feed.FeedRepository.FiledUnder;
import org.reelpress.post.Permalinks;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.post.TermRepository;
import org.reelpress.site.FeedContent;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.PageTags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Feeds of published reviews at WordPress's addresses: {@code feed/} is RSS 2.0, {@code feed/rss2/}
 * the same, {@code feed/atom/} Atom 1.0; for the blog, each category, tag, author and work.
 * Entries carry the whole review or its excerpt, as the blog's {@code feed_content} setting says.
 */
@RestController
class PostFeeds {

    static final int ENTRIES = 20;

    /** What one feed lists and what it is called. */
    private record Source(String key, String title, String description, String alternatePath, String feedPath,
                          Filter filter, long filterKey) {
    }

    private final FeedRepository feeds;
    private final TermRepository terms;
    private final SettingsRepository settings;
    private final FeedIds ids;
    private final SiteUrl siteUrl;

    PostFeeds(FeedRepository feeds, TermRepository terms, SettingsRepository settings, FeedIds ids, SiteUrl siteUrl) {
        this.feeds = feeds;
        this.terms = terms;
        this.settings = settings;
        this.ids = ids;
        this.siteUrl = siteUrl;
    }

    // GET /feed/ (RSS 2.0), /feed/rss2/, /feed/atom/ → the blog's newest published reviews; another format → 404
    @GetMapping({"/feed/", "/feed/{format}/"})
    ResponseEntity<String> ofBlog(@PathVariable(required = false) String format, HttpServletRequest request) {
        SiteSettings site = settings.site();
        return answer(format, request, new Source("site", site.title(), site.tagline(), "/", "/feed/", Filter.ALL, 0));
    }

    // GET /category/{slug}/feed/ (RSS 2.0), …/feed/rss2/, …/feed/atom/ → that category's newest reviews; unknown → 404
    @GetMapping({"/category/{slug}/feed/", "/category/{slug}/feed/{format}/"})
    ResponseEntity<String> ofCategory(@PathVariable String slug, @PathVariable(required = false) String format,
                                      HttpServletRequest request) {
        return ofTerm(Taxonomy.CATEGORY, slug, format, request);
    }

    // GET /tag/{slug}/feed/ (RSS 2.0), …/feed/rss2/, …/feed/atom/ → that tag's newest reviews; unknown → 404
    @GetMapping({"/tag/{slug}/feed/", "/tag/{slug}/feed/{format}/"})
    ResponseEntity<String> ofTag(@PathVariable String slug, @PathVariable(required = false) String format,
                                 HttpServletRequest request) {
        return ofTerm(Taxonomy.TAG, slug, format, request);
    }

    // GET /author/{login}/feed/ (RSS 2.0), …/feed/rss2/, …/feed/atom/ → that writer's newest reviews; not a writer → 404
    @GetMapping({"/author/{login}/feed/", "/author/{login}/feed/{format}/"})
    ResponseEntity<String> ofAuthor(@PathVariable String login, @PathVariable(required = false) String format,
                                    HttpServletRequest request) {
        SiteSettings site = settings.site();
        var writer = feeds.writer(login).orElseThrow(PostFeeds::notFound);
        String path = "/author/" + encode(login) + "/";
        return answer(format, request, new Source("author/" + writer.id(), site.title() + " — reviews by " + writer.name(),
                "Reviews by " + writer.name() + " on " + site.title(), path, path + "feed/", Filter.AUTHOR, writer.id()));
    }

    // GET /works/{slug}/feed/ (RSS 2.0), …/feed/rss2/, …/feed/atom/ → the newest reviews of that work; unknown → 404
    @GetMapping({"/works/{slug}/feed/", "/works/{slug}/feed/{format}/"})
    ResponseEntity<String> ofWork(@PathVariable String slug, @PathVariable(required = false) String format,
                                  HttpServletRequest request) {
        SiteSettings site = settings.site();
        var work = feeds.work(slug).orElseThrow(PostFeeds::notFound);
        String path = "/works/" + encode(slug) + "/";
        return answer(format, request, new Source("work/" + work.id(), site.title() + " — reviews of " + work.name(),
                "Reviews of " + work.name() + " on " + site.title(), path, path + "feed/", Filter.WORK, work.id()));
    }

    private ResponseEntity<String> ofTerm(Taxonomy taxonomy, String slug, String format, HttpServletRequest request) {
        SiteSettings site = settings.site();
        Term term = terms.find(taxonomy, slug).orElseThrow(PostFeeds::notFound);
        String path = Permalinks.ofTerm(term);
        String label = taxonomy.label() + ": " + term.name();
        return answer(format, request, new Source(taxonomy.column() + "/" + term.id(), site.title() + " — " + label,
                label + " on " + site.title(), path, path + "feed/", Filter.TERM, term.id()));
    }

    private ResponseEntity<String> answer(String formatName, HttpServletRequest request, Source source) {
        FeedFormat format = FeedFormat.named(formatName, FeedFormat.RSS).orElseThrow(PostFeeds::notFound);
        PageTags.add(request, PageTags.LISTS); // any post or discussion change may change a feed
        SiteSettings site = settings.site();
        String base = siteUrl.base(request);
        List<FeedPost> posts = feeds.newest(source.filter(), source.filterKey(), ENTRIES);
        Map<Long, List<FiledUnder>> filed = feeds.termsOf(posts);
        boolean fullText = site.feedContent() == FeedContent.FULL_TEXT;
        List<Feed.Entry> entries = posts.stream().map(post -> new Feed.Entry(
                ids.ofPost(post.id()),
                base + Permalinks.of(site, post.id(), post.slug(), post.publishedAt()),
                post.title(), post.authorName(), base + "/author/" + encode(post.authorLogin()) + "/",
                post.publishedAt(), later(post.publishedAt(), post.updatedAt()),
                post.excerpt(), fullText ? post.html() : null,
                filed.getOrDefault(post.id(), List.of()).stream()
                        .map(t -> new Feed.Category(t.name(), base + Permalinks.ofTerm(new Term(0, t.taxonomy(), t.slug(), t.name()))))
                        .toList()))
                .toList();
        Feed feed = new Feed(ids.ofFeed(source.key()), source.title(), source.description(),
                base + source.alternatePath(), source.feedPath(), site.language(), entries,
                entries.isEmpty() ? feeds.lastChange() : Instant.EPOCH);
        return FeedResponses.of(FeedWriter.write(feed, format, base), format.contentType(), feed.updated());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String encode(String segment) {
        return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
