package org.reelpress.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.feed.SitemapRepository.Row;
import org.reelpress.feed.Sitemaps.Part;
import org.reelpress.post.Permalinks;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The sitemaps protocol: {@code /sitemap.xml} is an index of one file per kind of page (split
 * past 50,000 addresses), each with the time its newest change was made; {@code /robots.txt}
 * names the index and keeps crawlers out of the writers' pages and readers' accounts.
 */
@RestController
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final SitemapRepository sitemaps;
    private final SettingsRepository settings;
    private final SiteUrl siteUrl;

    SitemapController(SitemapRepository sitemaps, SettingsRepository settings, SiteUrl siteUrl) {
        this.sitemaps = sitemaps;
        this.settings = settings;
        this.siteUrl = siteUrl;
    }

    // GET /sitemap.xml → a sitemap index: one <sitemap> per file with its <lastmod>
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index(HttpServletRequest request) {
        String base = siteUrl.base(request);
        List<Part> plan = Sitemaps.plan(sitemaps.counts(), Sitemaps.URLS_PER_FILE);
        Instant newest = Instant.EPOCH;
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = start(out, "sitemapindex");
            for (Part part : plan) {
                Instant lastmod = sitemaps.lastmod(part);
                newest = lastmod.isAfter(newest) ? lastmod : newest;
                xml.writeStartElement("sitemap");
                element(xml, "loc", base + part.path());
                element(xml, "lastmod", w3c(lastmod));
                xml.writeEndElement();
            }
            end(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the sitemap index", e);
        }
        return FeedResponses.of(out.toString(), XML, newest);
    }

    // GET /sitemap-{kind}-{n}.xml → the n-th file of addresses of that kind (home, posts, pages, categories, tags,
    // works); a file the index does not list → 404
    @GetMapping("/sitemap-{kind:[a-z]+}-{number:\\d{1,6}}.xml")
    ResponseEntity<String> part(@PathVariable String kind, @PathVariable int number, HttpServletRequest request) {
        Part part = Sitemaps.find(Sitemaps.plan(sitemaps.counts(), Sitemaps.URLS_PER_FILE), kind, number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SiteSettings site = settings.site();
        String base = siteUrl.base(request);
        List<Row> rows = part.kind() == Sitemaps.Kind.HOME
                ? List.of(new Row(0, "", null, sitemaps.lastmod(part)))
                : sitemaps.rows(part);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = start(out, "urlset");
            for (Row row : rows) {
                xml.writeStartElement("url");
                element(xml, "loc", base + path(part.kind(), row, site));
                element(xml, "lastmod", w3c(row.lastmod()));
                xml.writeEndElement();
            }
            end(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write " + part.path(), e);
        }
        Instant newest = rows.stream().map(Row::lastmod).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        return FeedResponses.of(out.toString(), XML, newest);
    }

    // GET /robots.txt → every crawler welcome but in /admin and /account; names the sitemap index
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = """
                User-agent: *
                Disallow: /admin
                Disallow: /account

                Sitemap: %s/sitemap.xml
                """.formatted(siteUrl.base(request));
        return FeedResponses.of(body, TEXT, null);
    }

    private static String path(Sitemaps.Kind kind, Row row, SiteSettings site) {
        String slug = UriUtils.encodePathSegment(row.slug(), StandardCharsets.UTF_8);
        return switch (kind) {
            case HOME -> "/";
            case POSTS -> Permalinks.of(site, row.id(), row.slug(), row.publishedAt());
            case PAGES -> "/" + slug + "/";
            case CATEGORIES -> "/category/" + slug + "/";
            case TAGS -> "/tag/" + slug + "/";
            case WORKS -> "/works/" + slug + "/";
        };
    }

    private static XMLStreamWriter start(StringWriter out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NS);
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String w3c(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
