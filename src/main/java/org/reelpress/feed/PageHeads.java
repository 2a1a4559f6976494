package org.reelpress.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.post.ListPage;
import org.reelpress.post.ReviewPage;
import org.reelpress.site.HeadLink;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Works out each page's {@link PageHead} after its controller ran and before it is rendered: the
 * canonical address, the blog's feeds plus the page's own (an archive's, a review's comments),
 * and for reviews the previews and structured data. Pages need not know any of it.
 */
@Component
class PageHeads implements HandlerInterceptor {

    private static final Pattern COMMENT_PAGE = Pattern.compile("comment-page-\\d{1,9}/$");
    private static final Pattern WORK_PAGE = Pattern.compile("^(/works/[^/]+/)(page/\\d{1,9}/)?$");

    private final SettingsRepository settings;
    private final SiteUrl siteUrl;
    private final ObjectProvider<Posters> posters;
    private final ReviewHeadParts reviewParts = new ReviewHeadParts();

    PageHeads(SettingsRepository settings, SiteUrl siteUrl, ObjectProvider<Posters> posters) {
        this.settings = settings;
        this.siteUrl = siteUrl;
        this.posters = posters;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getView() instanceof RedirectView
                || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        SiteSettings site = settings.site();
        String base = siteUrl.base(request);
        List<HeadLink> feeds = new ArrayList<>(List.of(
                feed(FeedFormat.RSS, site.title() + " — reviews", "/feed/"),
                feed(FeedFormat.ATOM, site.title() + " — reviews", "/feed/"),
                commentFeed(FeedFormat.RSS, site.title() + " — comments", "/comments/feed/"),
                commentFeed(FeedFormat.ATOM, site.title() + " — comments", "/comments/feed/")));
        if (response.getStatus() >= 400 || request.getDispatcherType() == DispatcherType.ERROR) {
            request.setAttribute(PageHead.ATTRIBUTE, new PageHead(null, feeds, List.of(), null));
            return;
        }
        PageHead head = switch (view.getModel().get("page")) {
            case ReviewPage review -> ofReview(review, request, site, base, feeds);
            case ListPage list -> ofList(list, site, base, feeds);
            case null, default -> ofAnyPage(request, site, base, feeds);
        };
        request.setAttribute(PageHead.ATTRIBUTE, head);
    }

    private PageHead ofReview(ReviewPage page, HttpServletRequest request, SiteSettings site, String base,
                              List<HeadLink> feeds) {
        Matcher commentPage = COMMENT_PAGE.matcher(request.getRequestURI());
        String url = base + page.permalink() + (commentPage.find() ? commentPage.group() : "");
        String title = "Comments on “" + page.post().title() + "”";
        feeds.add(commentFeed(FeedFormat.ATOM, title, page.permalink() + "feed/"));
        feeds.add(commentFeed(FeedFormat.RSS, title, page.permalink() + "feed/"));
        String image = page.post().work() == null ? null : posters.stream().findFirst()
                .flatMap(p -> p.pathOf(page.post().work())).map(path -> base + path).orElse(null);
        ReviewHeadParts.Parts parts = reviewParts.of(page.post(), page.terms(), site, base, url, image);
        return new PageHead(url, feeds, parts.previews(), parts.jsonLd());
    }

    private static PageHead ofList(ListPage page, SiteSettings site, String base, List<HeadLink> feeds) {
        String basePath = page.paging().basePath();
        String path = page.paging().number() <= 1 ? basePath : basePath + "page/" + page.paging().number() + "/";
        if (!basePath.equals("/") && page.heading() != null) {
            feeds.add(feed(FeedFormat.RSS, site.title() + " — " + page.heading(), basePath + "feed/"));
            feeds.add(feed(FeedFormat.ATOM, site.title() + " — " + page.heading(), basePath + "feed/"));
        }
        String title = page.heading() == null ? site.title() : page.heading() + " — " + site.title();
        return new PageHead(base + path, feeds, Previews.ofWebsite(site, title, base + path), null);
    }

    private static PageHead ofAnyPage(HttpServletRequest request, SiteSettings site, String base, List<HeadLink> feeds) {
        String path = request.getRequestURI();
        Matcher work = WORK_PAGE.matcher(path);
        if (work.matches()) {
            feeds.add(feed(FeedFormat.RSS, site.title() + " — reviews of this work", work.group(1) + "feed/"));
            feeds.add(feed(FeedFormat.ATOM, site.title() + " — reviews of this work", work.group(1) + "feed/"));
        }
        return new PageHead(base + path, feeds, List.of(), null);
    }

    /** A feed of reviews: RSS 2.0 at {@code feed/}, Atom at {@code feed/atom/}. */
    private static HeadLink feed(FeedFormat format, String title, String feedPath) {
        return link(format, title, format == FeedFormat.RSS ? feedPath : format.path(feedPath));
    }

    /** A feed of comments: Atom at {@code feed/}, as it has always been here, RSS 2.0 at {@code feed/rss2/}. */
    private static HeadLink commentFeed(FeedFormat format, String title, String feedPath) {
        return link(format, title, format == FeedFormat.ATOM ? feedPath : format.path(feedPath));
    }

    private static HeadLink link(FeedFormat format, String title, String href) {
        return new HeadLink("alternate", format.mediaType(), title + " (" + format.label() + ")", href);
    }
}
