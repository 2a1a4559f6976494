package org.reelpress.wordpress;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the HTML WordPress stores into the HTML a post shows, before sanitizing: block-editor
 * comments go, {@code [caption]} becomes a figure, {@code [gallery]} a row of the post's images,
 * and text written in the classic editor gets the paragraphs WordPress adds when it shows it.
 * Any other shortcode stays as text, so nothing the writer wrote disappears unseen.
 */
final class WordPressContent {

    /** An image of the old blog: its address and what it shows. */
    record Image(long wpId, String url, String title) {
    }

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]", Pattern.DOTALL);
    private static final Pattern CAPTIONED = Pattern.compile(
            "^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL);
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^<(p|div|figure|h[1-6]|ul|ol|li|blockquote|pre|table|hr|details|dl|section|address)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

    private WordPressContent() {
    }

    /**
     * The post's HTML; {@code images} finds an attachment by its WordPress id, {@code ofPost} lists
     * those attached to this post (what a bare {@code [gallery]} shows).
     */
    static String toHtml(String content, Function<Long, Image> images, List<Image> ofPost) {
        String html = BLOCK_COMMENT.matcher(content.replace("\r\n", "\n")).replaceAll("");
        html = CAPTION.matcher(html).replaceAll(m -> Matcher.quoteReplacement(figure(m.group(1), m.group(2))));
        html = GALLERY.matcher(html).replaceAll(m -> Matcher.quoteReplacement(gallery(m.group(1), images, ofPost)));
        return paragraphs(html);
    }

    /** A comment's text as WordPress shows it: paragraphs at blank lines, line breaks kept. */
    static String commentHtml(String content) {
        return paragraphs(content.replace("\r\n", "\n"));
    }

    private static String figure(String attributes, String inside) {
        Matcher parts = CAPTIONED.matcher(inside);
        String image = parts.matches() ? parts.group(1) : inside;
        String caption = parts.matches() ? parts.group(2).strip() : "";
        if (caption.isEmpty()) {
            caption = HtmlUtils.htmlEscape(attributes(attributes).getOrDefault("caption", ""));
        }
        return "<figure>" + image.strip() + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
                + "</figure>";
    }

    private static String gallery(String attributes, Function<Long, Image> images, List<Image> ofPost) {
        String ids = attributes(attributes).getOrDefault("ids", attributes(attributes).getOrDefault("include", ""));
        List<Image> shown = ids.isBlank() ? ofPost : Arrays.stream(ids.split(","))
                .map(String::strip).filter(id -> id.matches("\\d{1,18}"))
                .map(id -> images.apply(Long.parseLong(id))).filter(Objects::nonNull).toList();
        if (shown.isEmpty()) {
            return "";
        }
        return shown.stream()
                .map(image -> "<figure><img src=\"" + HtmlUtils.htmlEscape(image.url()) + "\" alt=\""
                        + HtmlUtils.htmlEscape(image.title()) + "\"></figure>")
                .collect(Collectors.joining("", "<div class=\"gallery\">", "</div>"));
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> found = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            found.put(m.group(1).toLowerCase(Locale.ROOT), value);
        }
        return found;
    }

    /** WordPress's "autop": HTML that already has paragraphs stays as it is. */
    private static String paragraphs(String html) {
        if (html.contains("<p>") || html.contains("<p ")) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        for (String block : PARAGRAPHS.split(html.strip())) {
            String text = block.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(text).find()) {
                out.append(text).append('\n');
            } else {
                out.append("<p>").append(text.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }
}
