package org.reelpress.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPageTest {

    private static final String[][] CONTEXTS = {
            {null, null}, {"p", null}, {"script", null}, {"SCRIPT", null},
            {"li", "id"}, {"img", "src"}, {"iframe", "src"}, {"a", "href"}, {"A", "HREF"}, {"link", "href"},
            {"form", "action"}, {"button", "formaction"}, {"iframe", "srcdoc"}, {"div", "srcdoc"}, {"a", "onclick"},
            {"a", "ONCLICK"}, {"a", "OnMouseOver"}, {"a", "aria-label"}, {"area", "href"}, {"base", "href"},
            {"a", "hRef"}, {"a", "Data-Comment-Id"}, {"a", "dätä"}, {"A", "SrcDoc"},
    };
    private static final String[] VALUES = {
            "plain", "<b>Kim & \"Lee\"</b> '김' 🎬", "javascript:alert(1)", "  JavaScript:alert(1)",
            "data:text/html,<script>", "\tDATA:x", "/2026/11/a-review/", "https://example.com/?a=1&b='2'", "line\nbreak\t\\", "",
            "#comment-12", "?replytocom=12#respond", "//example.com/<x>", "/javascript:alert(1)", "\u000Bjavascript:alert(1)",
    };

    private static byte[] render(HtmlTemplateOutput output, PageBytes bytes) throws IOException {
        for (String[] context : CONTEXTS) {
            for (String value : VALUES) {
                output.setContext(context[0], context[1]);
                output.writeUserContent(value);
                output.writeUserContent((String) null);
                output.setContext(context[0], null);
                output.writeContent("|");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void escapesEveryContextExactlyAsJte() throws IOException {
        PageBytes ours = new PageBytes(new byte[16]);
        PageBytes jtes = new PageBytes(new byte[16]);
        byte[] page = render(new HtmlPage(ours), ours);
        assertThat(new String(page, StandardCharsets.UTF_8))
                .contains("&lt;b&gt;Kim &amp; \"Lee\"&lt;/b&gt;").contains("&lt;b>Kim &amp; &#34;Lee&#34;&lt;/b> &#39;김&#39;")
                .contains("|||||||||"); // a/href, form/action, iframe/srcdoc …: no value at all
        assertThat(page).isEqualTo(render(new OwaspHtmlTemplateOutput(jtes), jtes));
    }
}
