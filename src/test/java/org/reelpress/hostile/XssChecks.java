package org.reelpress.hostile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser would run or load from what readers and writers typed, found by parsing the output:
 * event-handler attributes, scripts that are not the blog's own, addresses with a scheme other than
 * http, https or mailto, frames, plugins, base and refresh elements, style that runs code, and JSON-LD
 * that no longer parses or could close its script element. Each finding names where it is.
 */
public final class XssChecks {

    /** The blog's own scripts, at their plain or fingerprinted addresses ({@code /assets/reelpress-<hash>.js}). */
    private static final Pattern OUR_SCRIPTS =
            Pattern.compile("/assets/(reelpress|editor|media)(-[0-9a-f]{32})?\\.js");
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "style", "svg", "math", "template", "portal", "isindex", "xmp", "plaintext", "noembed");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "data", "cite", "dynsrc", "lowsrc", "longdesc", "ping", "codebase", "manifest");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private XssChecks() {
    }

    /** Problems in a whole page. */
    public static List<String> inPage(String html, String where) {
        return in(Jsoup.parse(html), where);
    }

    /** Problems in a piece of HTML meant for a page's body (a feed entry, a REST API field). */
    public static List<String> inFragment(String html, String where) {
        return in(Jsoup.parseBodyFragment(html), where);
    }

    private static List<String> in(Document document, String where) {
        List<String> problems = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String name = element.normalName();
            String at = where + ": <" + name + ">";
            if (FORBIDDEN.contains(name)) {
                problems.add(at + " may not come from users: " + shortly(element.outerHtml()));
            }
            if (name.equals("meta") && element.hasAttr("http-equiv")) {
                problems.add(at + " with http-equiv: " + shortly(element.outerHtml()));
            }
            if (name.equals("script")) {
                scriptProblem(element).ifPresent(p -> problems.add(at + " " + p));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (key.startsWith("on")) {
                    problems.add(at + " has the event handler " + key + "=" + shortly(value));
                } else if (ADDRESS_ATTRIBUTES.contains(key) && !safeAddress(value)) {
                    problems.add(at + " has " + key + " with a dangerous scheme: " + shortly(value));
                } else if (key.equals("srcset") && !java.util.Arrays.stream(value.split(","))
                        .map(candidate -> candidate.strip().split("\\s+")[0]).allMatch(XssChecks::safeAddress)) {
                    problems.add(at + " has srcset with a dangerous scheme: " + shortly(value));
                } else if (key.equals("srcdoc") || key.equals("style")) {
                    problems.add(at + " has " + key + "=" + shortly(value));
                }
            }
        }
        return problems;
    }

    private static java.util.Optional<String> scriptProblem(Element script) {
        if (script.hasAttr("src")) {
            return OUR_SCRIPTS.matcher(script.attr("src")).matches() && script.data().isBlank()
                    ? java.util.Optional.empty() : java.util.Optional.of("is not one of the blog's scripts: " + shortly(script.outerHtml()));
        }
        if (!script.attr("type").equals("application/ld+json")) {
            return java.util.Optional.of("runs inline code: " + shortly(script.outerHtml()));
        }
        return jsonLdProblem(script.data());
    }

    /** JSON-LD must still be JSON, and must hold nothing that could end its script element or open a comment. */
    static java.util.Optional<String> jsonLdProblem(String data) {
        String lower = data.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--") || lower.contains("<script")) {
            return java.util.Optional.of("JSON-LD holds markup that can end its element: " + shortly(data));
        }
        try {
            JsonNode parsed = JSON.readTree(data);
            return parsed.isObject() ? java.util.Optional.empty() : java.util.Optional.of("JSON-LD is not an object");
        } catch (RuntimeException e) {
            return java.util.Optional.of("JSON-LD does not parse: " + e.getMessage());
        }
    }

    /**
     * True for an address a browser follows as http, https, mailto or relative to the page. A browser drops
     * tabs and newlines anywhere in an address, and control characters and spaces at its ends, before it reads
     * the scheme: so does this.
     */
    public static boolean safeAddress(String value) {
        String address = value.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        Matcher scheme = SCHEME.matcher(address);
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    /** Problems in an RSS or Atom feed: it must parse as XML, and the HTML of each entry must pass as a fragment. */
    public static List<String> inFeed(String xml, String where) {
        List<String> problems = new ArrayList<>();
        org.w3c.dom.Document feed;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e; // said in the problem below rather than printed
                }
            });
            feed = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            problems.add(where + " is not well-formed XML: " + e.getMessage());
            return problems;
        }
        NodeList all = feed.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
            String local = element.getLocalName();
            boolean html = "encoded".equals(local)
                    || "description".equals(local) && "item".equals(element.getParentNode().getLocalName())
                    || ("content".equals(local) || "summary".equals(local)) && "html".equals(element.getAttribute("type"));
            if (html) {
                problems.addAll(inFragment(element.getTextContent(), where + " <" + element.getTagName() + ">"));
            }
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttribute(attribute) && !safeAddress(element.getAttribute(attribute))) {
                    problems.add(where + " <" + element.getTagName() + "> " + attribute + "=" + shortly(element.getAttribute(attribute)));
                }
            }
            if (("uri".equals(local) || "link".equals(local) && !element.hasAttribute("href") || "comments".equals(local))
                    && !safeAddress(element.getTextContent().strip())) {
                problems.add(where + " <" + element.getTagName() + "> holds a dangerous address: " + shortly(element.getTextContent()));
            }
        }
        return problems;
    }

    /** Problems in a JSON answer of the REST API: each "rendered" field as HTML, each address field as an address. */
    public static List<String> inJson(String body, String where) {
        List<String> problems = new ArrayList<>();
        walk(JSON.readTree(body), where, "", problems);
        return problems;
    }

    private static void walk(JsonNode node, String where, String field, List<String> problems) {
        if (node.isObject()) {
            node.properties().forEach(entry -> walk(entry.getValue(), where, entry.getKey(), problems));
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, where, field, problems));
        } else if (node.isString()) {
            if (field.equals("rendered")) {
                problems.addAll(inFragment(node.asString(), where));
            } else if (Set.of("author_url", "link", "href", "url", "source_url").contains(field)
                    && !safeAddress(node.asString())) {
                problems.add(where + ": " + field + " is a dangerous address: " + shortly(node.asString()));
            }
        }
    }

    static String shortly(String text) {
        String one = text.replace("\n", "\\n");
        return one.length() <= 160 ? one : one.substring(0, 160) + "…";
    }
}
