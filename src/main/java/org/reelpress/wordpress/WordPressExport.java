package org.reelpress.wordpress;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import org.reelpress.post.Permalinks;
import org.reelpress.site.ReelpressProperties;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Writes the whole blog as a WordPress export (WXR 1.2) that WordPress's own importer takes:
 * authors, categories under their parents, tags, posts and pages with their comments, and the
 * attachments an import brought. E-mail addresses are personal data: they are written only
 * when whoever exports says the people agreed, and are left empty otherwise.
 */
@Component
public class WordPressExport {

    static final String WP = "http://wordpress.org/export/1.2/";
    private static final int PAGE = 200;
    private static final long ATTACHMENT_IDS = 1_000_000_000L;

    private final ExportRepository blog;
    private final SettingsRepository settings;
    private final ReelpressProperties properties;
    private final Clock clock;

    WordPressExport(ExportRepository blog, SettingsRepository settings, ReelpressProperties properties, Clock clock) {
        this.blog = blog;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the export to {@code out}; {@code withEmails}: the administrator ticked that e-mail addresses may go along. */
    public void write(OutputStream out, boolean withEmails) {
        SiteSettings site = settings.site();
        String base = properties.siteUrl().isEmpty() ? "http://localhost" : properties.siteUrl();
        try {
            WxrWriter xml = new WxrWriter(XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
            xml.start(site.title(), base, site.tagline(), site.language(), rfc1123(clock.instant(), site.zone()));
            for (ExportRepository.Author a : blog.authors()) {
                xml.author(a.id(), a.login(), withEmails ? a.email() : "", a.displayName());
            }
            for (ExportRepository.ExportedTerm term : parentsFirst(blog.terms())) {
                xml.term(term);
            }
            for (List<ExportRepository.ExportedPost> page = blog.postsAfter(0, PAGE); !page.isEmpty();
                 page = blog.postsAfter(page.getLast().id(), PAGE)) {
                for (ExportRepository.ExportedPost post : page) {
                    String link = post.type().equals("post") && post.publishedAt() != null
                            ? base + Permalinks.of(site, post.id(), post.slug(), post.publishedAt())
                            : base + "/?" + (post.type().equals("page") ? "page_id=" : "p=") + post.id();
                    xml.post(post, link, base + "/?p=" + post.id(), rfc1123(post.publishedAt(), site.zone()),
                            encodedSlug(post.slug()), site.zone(), blog.termsOf(post.id()),
                            blog.commentsOf(post.id()), withEmails);
                }
            }
            for (ExportRepository.ExportedAttachment a : blog.attachments()) {
                String url = a.localPath() == null ? a.url() : base + a.localPath();
                xml.attachment(ATTACHMENT_IDS + a.id(), a, url, site.zone());
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The export could not be written: " + e.getMessage(), e);
        }
    }

    /** WordPress stores a slug percent-encoded in lower case, as its importer expects it. */
    static String encodedSlug(String slug) {
        String encoded = UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        StringBuilder lower = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            boolean hex = i > 0 && (encoded.charAt(i - 1) == '%' || i > 1 && encoded.charAt(i - 2) == '%');
            lower.append(hex ? Character.toLowerCase(c) : c);
        }
        return lower.toString();
    }

    /** Categories before the categories under them, as WordPress's importer needs them; tags after. */
    private static List<ExportRepository.ExportedTerm> parentsFirst(List<ExportRepository.ExportedTerm> terms) {
        Map<String, ExportRepository.ExportedTerm> categories = new LinkedHashMap<>();
        List<ExportRepository.ExportedTerm> ordered = new ArrayList<>();
        terms.stream().filter(t -> t.taxonomy().equals("category")).forEach(t -> categories.put(t.slug(), t));
        Set<String> written = new HashSet<>();
        for (ExportRepository.ExportedTerm category : categories.values()) {
            addWithParents(category, categories, written, ordered);
        }
        terms.stream().filter(t -> !t.taxonomy().equals("category")).forEach(ordered::add);
        return ordered;
    }

    private static void addWithParents(ExportRepository.ExportedTerm term, Map<String, ExportRepository.ExportedTerm> all,
                                       Set<String> written, List<ExportRepository.ExportedTerm> ordered) {
        if (!written.add(term.slug())) {
            return;
        }
        ExportRepository.ExportedTerm parent = all.get(term.parentSlug());
        if (parent != null) {
            addWithParents(parent, all, written, ordered);
        }
        ordered.add(term);
    }

    private static String rfc1123(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(zone));
    }
}
