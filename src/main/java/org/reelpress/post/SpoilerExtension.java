package org.reelpress.post;

import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders spoiler blocks as a closed {@code <details>} with the summary as its label. */
class SpoilerExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new SpoilerBlockParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(SpoilerRenderer::new);
    }

    private static final class SpoilerRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        SpoilerRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(SpoilerBlock.class);
        }

        @Override
        public void render(Node node) {
            html.line();
            html.tag("details", Map.of("class", "spoiler"));
            html.tag("summary");
            html.text(((SpoilerBlock) node).summary());
            html.tag("/summary");
            html.line();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/details");
            html.line();
        }
    }
}
