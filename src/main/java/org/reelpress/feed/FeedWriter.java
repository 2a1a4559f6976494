package org.reelpress.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a {@link Feed} as RSS 2.0 or Atom 1.0 with Rome. Every piece of text is made XML-safe
 * first. RSS names authors with {@code dc:creator}, never {@code <author>}, which would need an
 * e-mail address; the full text goes in {@code content:encoded} beside the excerpt, which RSS readers
 * take as HTML, so it goes in escaped.
 */
final class FeedWriter {

    private FeedWriter() {
    }

    static String write(Feed feed, FeedFormat format, String base) {
        SyndFeed out = new SyndFeedImpl();
        out.setFeedType(format.romeType());
        out.setTitle(XmlText.clean(feed.title()));
        out.setDescription(XmlText.clean(feed.description()));
        out.setLink(feed.alternate());
        out.setUri(feed.id());
        out.setLanguage(feed.language());
        out.setPublishedDate(Date.from(feed.updated()));
        if (format == FeedFormat.ATOM) {
            out.setLinks(List.of(link("alternate", "text/html", feed.alternate()),
                    link("self", format.mediaType(), base + format.path(feed.feedPath()))));
        }
        out.setEntries(feed.entries().stream().map(e -> entry(e, format, base)).toList());
        try {
            return new SyndFeedOutput().outputString(out);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed " + feed.feedPath(), e);
        }
    }

    private static SyndEntry entry(Feed.Entry e, FeedFormat format, String base) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(e.id());
        entry.setLink(e.link());
        entry.setTitle(XmlText.clean(e.title()));
        SyndPersonImpl author = new SyndPersonImpl();
        author.setName(XmlText.clean(e.author()));
        if (e.authorUri() != null && !e.authorUri().isEmpty()) {
            author.setUri(XmlText.clean(e.authorUri()));
        }
        if (format == FeedFormat.ATOM) {
            entry.setAuthors(List.of(author));
        } else {
            entry.setAuthor(author.getName());
        }
        entry.setPublishedDate(Date.from(e.published()));
        entry.setUpdatedDate(Date.from(e.updated()));
        if (e.summary() != null && format == FeedFormat.RSS) {
            // feed readers take an RSS description as HTML whatever it holds: plain text goes in escaped
            entry.setDescription(content("html", HtmlUtils.htmlEscape(e.summary())));
        } else if (e.summary() != null) {
            entry.setDescription(content("text", e.summary()));
        } else if (format == FeedFormat.RSS && e.html() != null) {
            entry.setDescription(content("html", AbsoluteLinks.in(e.html(), base)));
        }
        if (e.html() != null) {
            entry.setContents(List.of(content("html", AbsoluteLinks.in(e.html(), base))));
        }
        List<SyndCategory> categories = new ArrayList<>();
        for (Feed.Category c : e.categories()) {
            SyndCategoryImpl category = new SyndCategoryImpl();
            category.setName(XmlText.clean(c.name()));
            category.setTaxonomyUri(c.scheme());
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContentImpl content = new SyndContentImpl();
        content.setType(type);
        content.setValue(XmlText.clean(value));
        return content;
    }

    private static SyndLinkImpl link(String rel, String type, String href) {
        SyndLinkImpl link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
