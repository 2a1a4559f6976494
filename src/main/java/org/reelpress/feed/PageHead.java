package org.reelpress.feed;

import java.util.List;

import org.reelpress.site.HeadLink;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a page's head says to feed readers, search engines and link previews: its canonical
 * address (absolute; null on an error page), the feeds to discover, Open Graph and Twitter card
 * tags, and schema.org JSON-LD (null where the page has none, already safe inside a script element).
 * {@link PageHeads} works it out before the page is rendered; the layout reads it with {@link #current()}.
 */
public record PageHead(String canonical, List<HeadLink> feeds, List<Meta> meta, String jsonLd) {

    static final String ATTRIBUTE = PageHead.class.getName();

    /** Site-wide feeds only, for a page rendered outside Spring MVC (such as a refused form). */
    static final PageHead BARE = new PageHead(null, List.of(
            new HeadLink("alternate", FeedFormat.RSS.mediaType(), "Reviews (RSS 2.0)", "/feed/"),
            new HeadLink("alternate", FeedFormat.ATOM.mediaType(), "Reviews (Atom)", "/feed/atom/")), List.of(), null);

    /** One meta tag: Open Graph's are keyed by {@code property}, Twitter's by {@code name}. */
    public record Meta(String property, String name, String content) {

        static Meta property(String property, String content) {
            return new Meta(property, null, content);
        }

        static Meta name(String name, String content) {
            return new Meta(null, name, content);
        }
    }

    public PageHead {
        feeds = List.copyOf(feeds);
        meta = List.copyOf(meta);
    }

    /** The head worked out for the request being rendered. */
    public static PageHead current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object head = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return head instanceof PageHead known ? known : BARE;
    }

    /** The feeds to announce, leaving out any the page already lists in its own head links. */
    public List<HeadLink> feedsBesides(List<HeadLink> listed) {
        return feeds.stream().filter(f -> listed.stream().noneMatch(l -> l.href().equals(f.href()) && l.type().equals(f.type()))).toList();
    }
}
