package org.reelpress.wordpress;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export as a stream, one item at a time, so that the file's size does not
 * matter to memory. The XML may declare no document type: a DTD is how a "billion laughs" or an
 * external entity that reads this server's files gets in, and WordPress never writes one.
 */
final class WxrReader {

    private static final XMLInputFactory FACTORY = secureFactory();

    private final XMLStreamReader xml;
    private String wp = "";

    private WxrReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** Reads the whole export from {@code in} into {@code visitor}; a file that is not a sound WXR is refused. */
    static void read(InputStream in, Wxr.Visitor visitor) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                new WxrReader(xml).document(visitor);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new WxrRefused(malformed(e));
        }
    }

    private void document(Wxr.Visitor visitor) throws XMLStreamException {
        int event = nextStartOrDtd();
        if (event == XMLStreamConstants.DTD) {
            throw refused("The file declares a document type (DTD). WordPress exports never do, and a DTD can "
                    + "expand entities without end or read files from this server, so the file is refused");
        }
        if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("rss")) {
            throw notWxr(event == XMLStreamConstants.START_ELEMENT ? "<" + xml.getLocalName() + ">" : "no element");
        }
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String uri = xml.getNamespaceURI(i);
            if (uri != null && uri.matches("http://wordpress\\.org/export/1\\.[0-2]/")) {
                wp = uri;
            }
        }
        if (wp.isEmpty()) {
            throw notWxr("an RSS feed without WordPress's export namespace");
        }
        boolean sawChannel = false;
        while (nextChild()) {
            if (xml.getLocalName().equals("channel")) {
                channel(visitor);
                sawChannel = true;
            } else {
                skip();
            }
        }
        if (!sawChannel) {
            throw notWxr("an RSS file without a channel");
        }
        while (xml.hasNext()) {
            xml.next();
        }
    }

    private void channel(Wxr.Visitor visitor) throws XMLStreamException {
        Map<String, String> info = new HashMap<>();
        boolean announced = false;
        boolean versioned = false;
        while (nextChild()) {
            String name = name();
            if (!announced && (name.equals("item") || name.startsWith("wp:") && !name.equals("wp:wxr_version")
                    && !name.startsWith("wp:base_"))) {
                if (!versioned) {
                    throw notWxr("an RSS feed without wp:wxr_version");
                }
                visitor.channel(channelOf(info));
                announced = true;
            }
            switch (name) {
                case "wp:wxr_version" -> {
                    String version = xml.getElementText().strip();
                    if (!version.matches("1\\.[0-2]")) {
                        throw refused("This export is WXR version " + version + "; Reelpress reads versions 1.0 to 1.2");
                    }
                    versioned = true;
                }
                case "wp:author" -> visitor.author(author(fields()));
                case "wp:category" -> visitor.term(category(fields()));
                case "wp:tag" -> visitor.term(tag(fields()));
                case "item" -> visitor.item(item());
                default -> {
                    if (!announced && (name.equals("title") || name.equals("link") || name.equals("description")
                            || name.equals("language") || name.equals("wp:base_site_url"))) {
                        info.put(name, xml.getElementText());
                    } else {
                        skip();
                    }
                }
            }
        }
        if (!versioned) {
            throw notWxr("an RSS feed without wp:wxr_version");
        }
        if (!announced) {
            visitor.channel(channelOf(info));
        }
    }

    private static Wxr.Channel channelOf(Map<String, String> info) {
        return new Wxr.Channel(info.getOrDefault("title", ""), info.getOrDefault("link", ""),
                info.getOrDefault("description", ""), info.getOrDefault("language", ""),
                info.getOrDefault("wp:base_site_url", ""));
    }

    private static Wxr.Author author(Map<String, String> f) {
        String login = f.getOrDefault("wp:author_login", "");
        return new Wxr.Author(number(f.get("wp:author_id")), login, f.getOrDefault("wp:author_email", ""),
                f.getOrDefault("wp:author_display_name", login));
    }

    private static Wxr.Term category(Map<String, String> f) {
        return new Wxr.Term("category", f.getOrDefault("wp:category_nicename", ""), f.getOrDefault("wp:cat_name", ""),
                f.getOrDefault("wp:category_parent", ""), f.getOrDefault("wp:category_description", ""));
    }

    private static Wxr.Term tag(Map<String, String> f) {
        return new Wxr.Term("tag", f.getOrDefault("wp:tag_slug", ""), f.getOrDefault("wp:tag_name", ""), "",
                f.getOrDefault("wp:tag_description", ""));
    }

    private Wxr.Item item() throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        List<Wxr.ItemTerm> terms = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        List<Wxr.Comment> comments = new ArrayList<>();
        while (nextChild()) {
            String name = name();
            switch (name) {
                case "category" -> {
                    String domain = attribute("domain");
                    String slug = attribute("nicename");
                    terms.add(new Wxr.ItemTerm(domain, slug, xml.getElementText().strip()));
                }
                case "wp:postmeta" -> {
                    Map<String, String> m = fields();
                    meta.put(m.getOrDefault("wp:meta_key", ""), m.getOrDefault("wp:meta_value", ""));
                }
                case "wp:comment" -> comments.add(comment(fields()));
                default -> f.put(name, textOrSkip());
            }
        }
        return new Wxr.Item(number(f.get("wp:post_id")), f.getOrDefault("title", ""), f.getOrDefault("link", ""),
                f.getOrDefault("guid", ""), f.getOrDefault("dc:creator", ""), f.getOrDefault("content:encoded", ""),
                f.getOrDefault("excerpt:encoded", ""), f.getOrDefault("wp:post_date", ""),
                f.getOrDefault("wp:post_date_gmt", ""), f.getOrDefault("wp:post_modified_gmt", ""),
                f.getOrDefault("wp:comment_status", "open"), f.getOrDefault("wp:post_name", ""),
                f.getOrDefault("wp:status", ""), number(f.get("wp:post_parent")), (int) number(f.get("wp:menu_order")),
                f.getOrDefault("wp:post_type", "post"), f.getOrDefault("wp:post_password", ""),
                "1".equals(f.getOrDefault("wp:is_sticky", "0").strip()), f.getOrDefault("wp:attachment_url", ""),
                terms, meta, comments);
    }

    private static Wxr.Comment comment(Map<String, String> f) {
        return new Wxr.Comment(number(f.get("wp:comment_id")), f.getOrDefault("wp:comment_author", ""),
                f.getOrDefault("wp:comment_author_email", ""), f.getOrDefault("wp:comment_author_url", ""),
                f.getOrDefault("wp:comment_author_IP", ""), f.getOrDefault("wp:comment_date", ""),
                f.getOrDefault("wp:comment_date_gmt", ""), f.getOrDefault("wp:comment_content", ""),
                f.getOrDefault("wp:comment_approved", "1").strip(), f.getOrDefault("wp:comment_type", "").strip(),
                number(f.get("wp:comment_parent")), number(f.get("wp:comment_user_id")));
    }

    /** The text of each child element of the current one, by name; children of children are skipped. */
    private Map<String, String> fields() throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (nextChild()) {
            fields.put(name(), textOrSkip());
        }
        return fields;
    }

    private String textOrSkip() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("The file ends inside an element", xml.getLocation());
                default -> {
                }
            }
        }
        return text.toString();
    }

    private void skip() throws XMLStreamException {
        textOrSkip();
    }

    /** Moves to the next child element of the current one; false at the current one's end. */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("The file ends before its last element is closed", xml.getLocation());
            }
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw refused("The file uses entities declared in a document type; WordPress exports never do, so the file is refused");
            }
        }
    }

    private int nextStartOrDtd() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.DTD) {
                return event;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** "wp:post_id", "content:encoded", "excerpt:encoded", "dc:creator" or the plain name, whatever prefixes the file chose. */
    private String name() {
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (ns == null || ns.isEmpty()) {
            return local;
        }
        if (ns.equals(wp)) {
            return "wp:" + local;
        }
        if (ns.startsWith("http://wordpress.org/export/") && ns.contains("/excerpt/")) {
            return "excerpt:" + local;
        }
        if (ns.equals("http://purl.org/rss/1.0/modules/content/")) {
            return "content:" + local;
        }
        if (ns.equals("http://purl.org/dc/elements/1.1/")) {
            return "dc:" + local;
        }
        return ns + ":" + local;
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static long number(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private WxrRefused refused(String why) {
        return new WxrRefused(why + " (" + where(xml.getLocation()) + ").");
    }

    private static WxrRefused notWxr(String found) {
        return new WxrRefused("This is not a WordPress export (WXR 1.0 to 1.2): found " + found
                + ". Export the blog from WordPress with Tools → Export → All content.");
    }

    private static String malformed(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        String where = e.getLocation() == null ? "" : " at " + where(e.getLocation());
        String why = message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")
                ? " Document types and entities are refused: WordPress exports never use them." : "";
        return "The export is cut short or malformed" + where + ": " + message.strip() + why
                + " Nothing was imported.";
    }

    private static String where(Location location) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
