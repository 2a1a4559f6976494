package org.reelpress.post;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Turns writers' and readers' Markdown into HTML that is safe to show. */
@Component
public class Markdown {

    private static final int EXCERPT_LENGTH = 280;

    private final Parser postParser;
    private final HtmlRenderer postRenderer;
    private final Parser commentParser = Parser.builder().build();
    private final HtmlRenderer commentRenderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .softbreak("<br>\n")
            .sanitizeUrls(true)
            .build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create(), new SpoilerExtension());
        postParser = Parser.builder().extensions(extensions).build();
        postRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    // GFM tables mark alignment with the obsolete align attribute; a class says the same in valid HTML5
                    String align = attributes.remove("align");
                    if (align != null) {
                        attributes.put("class", "align-" + align);
                    }
                })
                .build();
    }

    public RenderedPost renderPost(String markdown) {
        Node document = postParser.parse(markdown);
        String html = HtmlPolicies.POSTS.sanitize(postRenderer.render(document));
        return new RenderedPost(html, excerptOf(document));
    }

    /** HTML written elsewhere (a WordPress import), made safe as a post's own; its excerpt is its opening text. */
    public RenderedPost renderPostHtml(String html) {
        String safe = HtmlPolicies.POSTS.sanitize(html);
        String text = HtmlUtils.htmlUnescape(HtmlPolicies.TEXT.sanitize(safe.replace("</p>", "</p> ")))
                .replaceAll("\\s+", " ").strip();
        return new RenderedPost(safe, shorten(text));
    }

    /** A comment's HTML written elsewhere (a WordPress import), kept to what a reader may write here. */
    public String renderCommentHtml(String html) {
        return HtmlPolicies.COMMENTS.sanitize(html);
    }

    /** Comments get Markdown's text features; any HTML a reader types shows as text. */
    public String renderComment(String body) {
        return HtmlPolicies.COMMENTS.sanitize(commentRenderer.render(commentParser.parse(body)));
    }

    /** The opening paragraphs as plain text, never what is inside a spoiler block. */
    private String excerptOf(Node document) {
        StringBuilder excerpt = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null && excerpt.length() < EXCERPT_LENGTH;
             block = block.getNext()) {
            if (block instanceof Paragraph) {
                excerpt.append(text.render(block).replaceAll("\\s+", " ").strip()).append(' ');
            }
        }
        return shorten(excerpt.toString().strip());
    }

    private static String shorten(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        if (cut < EXCERPT_LENGTH / 2) {
            cut = Character.isHighSurrogate(text.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
        }
        return text.substring(0, cut).strip() + "…";
    }
}
