package org.reelpress.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import gg.jte.html.escape.Escape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageBytesTest {

    private static byte[] bytesOf(PageBytes page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeTo(out);
        assertThat(out.size()).isEqualTo(page.length());
        return out.toByteArray();
    }

    @Test
    void encodesWhatAPageFillsInAsJavaDoes() throws IOException {
        String text = "<p>7번방의 선물 — café, “quotes”, 🎬 and 👨‍👩‍👧 </p>";
        PageBytes page = new PageBytes(new byte[4]);
        page.writeContent(text);
        assertThat(bytesOf(page)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesALongTextAsJavaDoes() throws IOException {
        String text = "<p>A long comment, past the length the JDK encodes: 7번방의 선물 🎬</p>\n".repeat(5);
        PageBytes page = new PageBytes(new byte[8]);
        page.writeContent("<li>");
        page.writeContent(text);
        page.writeContent("</li>");
        assertThat(bytesOf(page)).isEqualTo(("<li>" + text + "</li>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesPartOfAText() throws IOException {
        String text = "a&b 번 🎬 c";
        PageBytes page = new PageBytes(new byte[1]);
        page.writeContent(text, 2, 8);
        assertThat(bytesOf(page)).isEqualTo(text.substring(2, 8).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesHalfASurrogatePairAsJavaDoes() throws IOException {
        String text = "x\uD83Cy\uDFAC" + "\uD83C";
        PageBytes page = new PageBytes(new byte[16]);
        page.writeContent(text);
        assertThat(bytesOf(page)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesEveryNumberAsJavaDoes() throws IOException {
        long[] numbers = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 1_001, 9_999, 10_000, 12_345, 99_999, 100_000,
                999_999, 1_000_000, 9_999_999, 10_000_000, 54_321_098, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000,
                Integer.MAX_VALUE - 1, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 10_000_000_000L, -1, Integer.MIN_VALUE};
        PageBytes page = new PageBytes(new byte[2]);
        StringBuilder expected = new StringBuilder();
        for (long number : numbers) {
            page.writeUserContent(number);
            page.writeBinaryContent(",".getBytes(StandardCharsets.UTF_8));
            expected.append(number).append(',');
        }
        assertThat(new String(bytesOf(page), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void writesNumbersAndTemplateTextInOrder() throws IOException {
        PageBytes page = new PageBytes(new byte[2]);
        page.writeBinaryContent("level-".getBytes(StandardCharsets.UTF_8));
        page.writeUserContent(0);
        page.writeBinaryContent(" ".getBytes(StandardCharsets.UTF_8));
        page.writeUserContent(Long.MAX_VALUE);
        page.writeBinaryContent(" ".getBytes(StandardCharsets.UTF_8));
        page.writeUserContent(-42);
        page.writeBinaryContent(" ".getBytes(StandardCharsets.UTF_8));
        page.writeUserContent(Long.MIN_VALUE);
        assertThat(new String(bytesOf(page), StandardCharsets.UTF_8))
                .isEqualTo("level-0 " + Long.MAX_VALUE + " -42 " + Long.MIN_VALUE);
    }

    @Test
    void escapesTextAndAttributesAsJteDoes() throws IOException {
        String text = "<b>Kim & \"Lee\"</b> '김' 🎬 > " + "long & <long> ".repeat(100) + "\uD83C";
        PageBytes page = new PageBytes(new byte[1]);
        page.writeEscaped(text, false);
        page.writeEscaped(text, true);
        PageBytes jte = new PageBytes(new byte[1]);
        Escape.htmlContent(text, jte);
        Escape.htmlAttribute(text, jte);
        assertThat(bytesOf(page)).isEqualTo(bytesOf(jte));
    }

    @Test
    void keepsASurrogatePairWholeAcrossSlices() throws IOException {
        String text = "a".repeat(511) + "🎬" + "b".repeat(600);
        PageBytes page = new PageBytes(new byte[1]);
        page.writeEscaped(text, false);
        assertThat(bytesOf(page)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
