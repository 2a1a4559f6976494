package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads a feed back with Rome, then checks what Rome lets pass: RSS dates in RFC 822 form, Atom's
 * required elements, ids unique and lasting (tag:, urn: or an http address), absolute links, and
 * no e-mail address anywhere. Parsing with a strict XML 1.0 parser also proves every character allowed.
 */
final class FeedRules {

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 822 with a four-digit year, as RSS 2.0 asks: "Wed, 25 Nov 2026 16:30:00 GMT". */
    private static final Pattern RFC_822 = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|UT|[+-]\\d{4})");

    private FeedRules() {
    }

    static SyndFeed readRss(String xml) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        Document doc = strict(xml);
        Element channel = first(doc.getDocumentElement(), "channel");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        for (String required : List.of("title", "link", "description")) {
            assertThat(first(channel, required)).as("channel <%s>", required).isNotNull();
        }
        assertAbsolute(text(first(channel, "link")));
        for (String dated : List.of("pubDate", "lastBuildDate")) {
            for (Element date : children(channel, dated)) {
                assertRfc822(date.getTextContent());
            }
        }
        Set<String> guids = new HashSet<>();
        for (Element item : children(channel, "item")) {
            assertThat(first(item, "title") != null || first(item, "description") != null).as("item title or description").isTrue();
            assertAbsolute(text(first(item, "link")));
            assertRfc822(text(first(item, "pubDate")));
            Element guid = first(item, "guid");
            assertThat(guid).as("item guid").isNotNull();
            assertLasting(guid.getTextContent());
            if (!"false".equals(guid.getAttribute("isPermaLink"))) {
                assertAbsolute(guid.getTextContent());
            }
            assertThat(guids.add(guid.getTextContent())).as("guid %s unique", guid.getTextContent()).isTrue();
            assertThat(first(item, "author")).as("<author> would need an e-mail address").isNull();
        }
        assertThat(EMAIL.matcher(xml).find()).as("an e-mail address in the feed").isFalse();
        return feed;
    }

    static SyndFeed readAtom(String xml) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        Document doc = strict(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(atoms(root, required)).as("feed <%s>", required).hasSize(1);
        }
        assertLasting(text(atoms(root, "id").getFirst()));
        assertRfc3339(text(atoms(root, "updated").getFirst()));
        assertThat(atoms(root, "link").stream().filter(l -> l.getAttribute("rel").equals("self"))).hasSize(1);
        Set<String> ids = new HashSet<>();
        boolean feedAuthor = !atoms(root, "author").isEmpty();
        for (Element entry : atoms(root, "entry")) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(atoms(entry, required)).as("entry <%s>", required).hasSize(1);
            }
            String id = text(atoms(entry, "id").getFirst());
            assertLasting(id);
            assertThat(ids.add(id)).as("entry id %s unique", id).isTrue();
            assertRfc3339(text(atoms(entry, "updated").getFirst()));
            assertThat(feedAuthor || !atoms(entry, "author").isEmpty()).as("an author for entry %s", id).isTrue();
            assertThat(atoms(entry, "link").stream().filter(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate")))
                    .as("alternate link of entry %s", id).isNotEmpty();
        }
        NodeList links = doc.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            assertAbsolute(((Element) links.item(i)).getAttribute("href"));
        }
        assertThat(EMAIL.matcher(xml).find()).as("an e-mail address in the feed").isFalse();
        return feed;
    }

    private static void assertRfc822(String date) {
        assertThat(date).matches(RFC_822);
        ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    private static void assertRfc3339(String date) {
        OffsetDateTime.parse(date);
    }

    private static void assertLasting(String id) {
        assertThat(id).matches("(tag:|urn:|https?://).+");
        if (id.startsWith("urn:uuid:")) {
            assertThat(id).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }

    private static void assertAbsolute(String address) {
        assertThat(address).as("an absolute address").matches("https?://[^/]+/.*");
    }

    private static Document strict(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> atoms(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getNamespaceURI() == null && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static String text(Element element) {
        assertThat(element).isNotNull();
        return element.getTextContent().strip();
    }
}
