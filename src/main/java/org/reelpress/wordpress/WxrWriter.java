package org.reelpress.wordpress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The elements of a WXR 1.2 file, written as WordPress writes them: text in CDATA, dates local and GMT. */
final class WxrWriter {

    private static final Map<String, String> STATUSES = Map.of("published", "publish", "scheduled", "future",
            "draft", "draft", "private", "private", "trash", "trash");
    private static final Map<String, String> COMMENT_STATUSES = Map.of("approved", "1", "pending", "0",
            "spam", "spam", "trash", "trash");

    private final XMLStreamWriter xml;

    WxrWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void start(String title, String link, String description, String language, String pubDate) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("excerpt", "http://wordpress.org/export/1.2/excerpt/");
        xml.writeNamespace("content", "http://purl.org/rss/1.0/modules/content/");
        xml.writeNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
        xml.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
        xml.writeNamespace("wp", WordPressExport.WP);
        xml.writeStartElement("channel");
        text("title", title);
        text("link", link);
        text("description", description);
        text("pubDate", pubDate);
        text("language", language);
        wp("wxr_version", "1.2");
        wp("base_site_url", link);
        wp("base_blog_url", link);
    }

    void author(long id, String login, String email, String displayName) throws XMLStreamException {
        xml.writeStartElement("wp", "author", WordPressExport.WP);
        wp("author_id", String.valueOf(id));
        wpData("author_login", login);
        wpData("author_email", email);
        wpData("author_display_name", displayName);
        wpData("author_first_name", "");
        wpData("author_last_name", "");
        xml.writeEndElement();
    }

    void term(ExportRepository.ExportedTerm term) throws XMLStreamException {
        boolean category = term.taxonomy().equals("category");
        xml.writeStartElement("wp", category ? "category" : "tag", WordPressExport.WP);
        wp("term_id", String.valueOf(term.id()));
        if (category) {
            wpData("category_nicename", WordPressExport.encodedSlug(term.slug()));
            wpData("category_parent", term.parentSlug().isEmpty() ? "" : WordPressExport.encodedSlug(term.parentSlug()));
            wpData("cat_name", term.name());
            wpData("category_description", term.description());
        } else {
            wpData("tag_slug", WordPressExport.encodedSlug(term.slug()));
            wpData("tag_name", term.name());
            wpData("tag_description", term.description());
        }
        xml.writeEndElement();
    }

    void post(ExportRepository.ExportedPost post, String link, String guid, String pubDate, String encodedSlug,
              ZoneId zone, List<ExportRepository.ExportedTerm> terms, List<ExportRepository.ExportedComment> comments,
              boolean withEmails) throws XMLStreamException {
        xml.writeStartElement("item");
        text("title", post.title());
        text("link", link);
        text("pubDate", pubDate);
        element("dc", "creator", "http://purl.org/dc/elements/1.1/", post.authorLogin());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(guid);
        xml.writeEndElement();
        text("description", "");
        element("content", "encoded", "http://purl.org/rss/1.0/modules/content/", post.html());
        element("excerpt", "encoded", "http://wordpress.org/export/1.2/excerpt/", post.excerpt());
        wp("post_id", String.valueOf(post.id()));
        Instant date = post.publishedAt() != null ? post.publishedAt() : post.createdAt();
        wpData("post_date", WordPressDates.local(date, zone));
        wpData("post_date_gmt", WordPressDates.gmt(post.publishedAt()));
        wpData("post_modified", WordPressDates.local(post.updatedAt(), zone));
        wpData("post_modified_gmt", WordPressDates.gmt(post.updatedAt()));
        wpData("comment_status", post.commentsOpen() ? "open" : "closed");
        wpData("ping_status", "closed");
        wpData("post_name", encodedSlug);
        wpData("status", STATUSES.get(post.status()));
        wp("post_parent", "0");
        wp("menu_order", "0");
        wpData("post_type", post.type());
        wpData("post_password", "");
        wp("is_sticky", post.sticky() ? "1" : "0");
        for (ExportRepository.ExportedTerm term : terms) {
            category(term.taxonomy().equals("category") ? "category" : "post_tag",
                    WordPressExport.encodedSlug(term.slug()), term.name());
        }
        if (!post.format().isEmpty()) {
            category("post_format", "post-format-" + post.format(), post.format());
        }
        for (ExportRepository.ExportedComment c : comments) {
            comment(c, zone, withEmails);
        }
        xml.writeEndElement();
    }

    private void comment(ExportRepository.ExportedComment c, ZoneId zone, boolean withEmails) throws XMLStreamException {
        xml.writeStartElement("wp", "comment", WordPressExport.WP);
        wp("comment_id", String.valueOf(c.id()));
        wpData("comment_author", c.authorName());
        wpData("comment_author_email", withEmails ? c.authorEmail() : "");
        wpData("comment_author_url", c.authorUrl());
        wpData("comment_author_IP", c.ip() == null ? "" : c.ip());
        wpData("comment_date", WordPressDates.local(c.createdAt(), zone));
        wpData("comment_date_gmt", WordPressDates.gmt(c.createdAt()));
        wpData("comment_content", c.bodyHtml());
        wpData("comment_approved", COMMENT_STATUSES.get(c.status()));
        wpData("comment_type", "comment");
        wpData("comment_parent", c.parentId() == null ? "0" : String.valueOf(c.parentId()));
        wp("comment_user_id", c.userId() == null ? "0" : String.valueOf(c.userId()));
        xml.writeEndElement();
    }

    void attachment(long id, ExportRepository.ExportedAttachment a, String url, ZoneId zone) throws XMLStreamException {
        xml.writeStartElement("item");
        text("title", a.title());
        text("link", url);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(url);
        xml.writeEndElement();
        element("content", "encoded", "http://purl.org/rss/1.0/modules/content/", "");
        wp("post_id", String.valueOf(id));
        wpData("post_date", WordPressDates.local(a.createdAt(), zone));
        wpData("post_date_gmt", WordPressDates.gmt(a.createdAt()));
        wpData("status", "inherit");
        wp("post_parent", a.postId() == null ? "0" : String.valueOf(a.postId()));
        wpData("post_type", "attachment");
        wpData("attachment_url", url);
        xml.writeEndElement();
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private void category(String domain, String nicename, String name) throws XMLStreamException {
        xml.writeStartElement("category");
        xml.writeAttribute("domain", domain);
        xml.writeAttribute("nicename", nicename);
        cdata(name);
        xml.writeEndElement();
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private void wp(String name, String value) throws XMLStreamException {
        xml.writeStartElement("wp", name, WordPressExport.WP);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void wpData(String name, String value) throws XMLStreamException {
        element("wp", name, WordPressExport.WP, value);
    }

    private void element(String prefix, String name, String namespace, String value) throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        cdata(value);
        xml.writeEndElement();
    }

    /** CDATA cannot hold "]]>": WordPress splits it across two sections, and so does this. */
    private void cdata(String value) throws XMLStreamException {
        String text = clean(value);
        if (!text.isEmpty()) {
            xml.writeCData(text.replace("]]>", "]]]]><![CDATA[>"));
        }
    }

    /** Characters XML 1.0 cannot carry at all are left out. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
