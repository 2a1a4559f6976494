package org.reelpress.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The XSS corpus: the hand-written lines of {@code hostile/xss-payloads.txt}, each also in capitals,
 * plus every dangerous address in every place an address can go and every event handler on every
 * element that fires one by itself. About a thousand payloads, always in the same order.
 */
public final class XssPayloads {

    private static final List<String> ADDRESSES = List.of(
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "&#106;avascript:alert(1)", "&#x6a;avascript&#x3a;alert(1)",
            "javascript&colon;alert(1)", "jav&#x0A;ascript:alert(1)", "\u0001javascript:alert(1)",
            "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:image/svg+xml,<svg onload=alert(1)>");

    private static final List<String> PLACES = List.of(
            "<a href=\"%s\">x</a>", "<a href='%s'>x</a>", "<a href=%s>x</a>", "<img src=\"%s\">", "[x](%s)",
            "![x](%s)", "[x][r]\n\n[r]: %s", "<%s>", "<iframe src=\"%s\"></iframe>",
            "<form action=\"%s\"><button>x</button></form>", "<button formaction=\"%s\">x</button>",
            "<object data=\"%s\"></object>", "<embed src=\"%s\">", "<svg><a xlink:href=\"%s\"><text>x</text></a></svg>");

    private static final List<String> EVENTS = List.of("onerror", "onload", "onclick", "onmouseover", "onfocus",
            "onanimationstart", "ontoggle", "onbegin", "onpointerdown", "onauxclick");

    private static final List<String> ELEMENTS = List.of("img src=x", "svg", "body", "details open",
            "input autofocus", "a href=#", "video src=x", "div", "iframe", "marquee");

    private XssPayloads() {
    }

    /** The hand-written lines alone, decoded. */
    public static List<String> handWritten() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/hostile/xss-payloads.txt")) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(decode(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole corpus. */
    public static List<String> all() {
        Set<String> all = new LinkedHashSet<>();
        for (String line : handWritten()) {
            all.add(line);
            if (line.contains("<")) {
                all.add(line.toUpperCase(Locale.ROOT));
            }
        }
        for (String address : ADDRESSES) {
            for (String place : PLACES) {
                all.add(place.formatted(address));
            }
        }
        for (String element : ELEMENTS) {
            for (String event : EVENTS) {
                all.add("<" + element + " " + event + "=alert(1)>");
            }
        }
        return List.copyOf(all);
    }

    /** {@code list} cut into pieces of at most {@code size}. */
    public static List<List<String>> chunks(List<String> list, int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }

    private static String decode(String line) {
        return line.replace("{TAB}", "\t").replace("{NL}", "\n").replace("{CR}", "\r").replace("{FF}", "\f")
                .replace("{NUL}", "\u0000").replace("{VT}", "\u000b");
    }
}
