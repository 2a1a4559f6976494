package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;

import org.junit.jupiter.api.Test;

class WxrReaderTest {

    private static List<Wxr.Item> items(String channel) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>T</title><wp:wxr_version>1.1</wp:wxr_version>%s</channel></rss>""".formatted(channel);
        List<Wxr.Item> items = new ArrayList<>();
        WxrReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new Wxr.Visitor() {
            @Override
            public void item(Wxr.Item item) {
                items.add(item);
            }
        });
        return items;
    }

    @Test
    void readsEscapedCharactersOutsideCdataAsTheirText() {
        Wxr.Item item = items("<item><title>Tom &amp; Jerry &#8217;s &lt;b&gt; &#x2014; &quot;x&quot;</title>"
                + "<content:encoded>a &amp; b</content:encoded><wp:post_id>4</wp:post_id></item>").getFirst();

        assertThat(item.title()).isEqualTo("Tom & Jerry ’s <b> — \"x\"");
        assertThat(item.content()).isEqualTo("a & b");
        assertThat(item.id()).isEqualTo(4);
    }

    @Test
    void readsContentSplitOverSeveralCdataSections() {
        Wxr.Item item = items("<item><content:encoded><![CDATA[one ]]]]><![CDATA[> two]]></content:encoded></item>").getFirst();

        assertThat(item.content()).isEqualTo("one ]]> two");
    }

    @Test
    void readsBackWhatTheWriterWroteEvenTextThatEndsCdataOrHoldsControlCharacters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WxrWriter writer = new WxrWriter(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8"));
        writer.start("Blog", "https://blog.example", "", "en", "");
        Instant at = Instant.parse("2020-05-01T10:00:00Z");
        writer.post(new ExportRepository.ExportedPost(9, "post", "a-b", "A & B", "<p>x ]]> y\u0001</p>", "x", "published",
                        "writer", true, at, at, at, true, "aside"), "https://blog.example/2020/05/a-b/", "https://blog.example/?p=9",
                "", "a-b", ZoneOffset.UTC, List.of(), List.of(), false);
        writer.end();

        List<Wxr.Item> items = new ArrayList<>();
        WxrReader.read(new ByteArrayInputStream(out.toByteArray()), new Wxr.Visitor() {
            @Override
            public void item(Wxr.Item item) {
                items.add(item);
            }
        });

        Wxr.Item item = items.getFirst();
        assertThat(item.title()).isEqualTo("A & B");
        assertThat(item.content()).isEqualTo("<p>x ]]> y</p>");
        assertThat(item.postDateGmt()).isEqualTo("2020-05-01 10:00:00");
        assertThat(item.sticky()).isTrue();
        assertThat(item.terms()).containsExactly(new Wxr.ItemTerm("post_format", "post-format-aside", "aside"));
    }
}
