package org.reelpress.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.MimeHeaders;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.PersonalField;

/**
 * A page as every anonymous reader gets it, cut where a {@link PersonalField} goes: {@code parts}
 * has one more element than {@code fields}. A page without such fields is the same bytes for all,
 * so it is also kept gzipped, with an ETag. {@code settings} are those it was rendered with;
 * {@code headers} those it was first sent with, but for what is said afresh for each reader.
 */
record CachedPage(String contentType, List<byte[]> parts, List<PersonalField> fields, byte[] gzipped, String etag,
                  SiteSettings settings, List<Header> headers, Locale locale) {

    private static final String VALUE = "\" value=\"";
    /** Set for each answer by the server or by {@link KeptPageValve}, or the reader's own. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-type", "content-encoding",
            "transfer-encoding", "date", "etag", "cache-control", "vary", "connection", "keep-alive");

    /**
     * A header as it goes out: ISO-8859-1, control characters but tab made spaces, as Tomcat writes a
     * header it is given as text. Kept so, a kept page's headers cost no encoding for each reader.
     */
    record Header(byte[] name, byte[] value) {

        static Header of(String name, String value) {
            return new Header(asSent(name), asSent(value));
        }

        private static byte[] asSent(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] >= 0 && bytes[i] < ' ' && bytes[i] != '\t' || bytes[i] == 127) {
                    bytes[i] = ' ';
                }
            }
            return bytes;
        }
    }

    static CachedPage of(String contentType, byte[] body, List<PersonalField> known, SiteSettings settings) {
        String page = new String(body, StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        List<PersonalField> fields = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            PersonalField found = null;
            for (PersonalField field : known) {
                int index = page.indexOf("name=\"" + field.name() + VALUE, from);
                if (index >= 0 && (at < 0 || index < at)) {
                    at = index + field.name().length() + 6 + VALUE.length();
                    found = field;
                }
            }
            int end = at < 0 ? -1 : page.indexOf('"', at);
            if (end < 0) {
                break;
            }
            parts.add(page.substring(from, at).getBytes(StandardCharsets.UTF_8));
            fields.add(found);
            from = end;
        }
        parts.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
        boolean same = fields.isEmpty();
        return new CachedPage(contentType, List.copyOf(parts), List.copyOf(fields), same ? gzip(body) : null,
                same ? "\"" + digest(body) + "\"" : null, settings, List.of(), null);
    }

    /** With the headers and the language (Content-Language, which the server writes itself) of the answer it was in. */
    CachedPage sentAs(HttpServletResponse response) {
        return new CachedPage(contentType, parts, fields, gzipped, etag, settings, headersOf(response), response.getLocale());
    }

    /** The headers of an answer, but for those said afresh for each reader. */
    private static List<Header> headersOf(HttpServletResponse response) {
        List<Header> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Header.of(name, value)));
            }
        }
        return headers;
    }

    /** Adds the kept headers, as bytes, to an answer that has none of them yet. */
    void writeHeaders(MimeHeaders answer) {
        for (Header header : headers) {
            answer.addValue(header.name(), 0, header.name().length).setBytes(header.value(), 0, header.value().length);
        }
    }

    /** The same bytes for every reader: gzipped once, with an ETag, fit for shared caches. */
    boolean sameForEveryone() {
        return fields.isEmpty();
    }

    byte[] body() {
        return parts.getFirst();
    }

    /**
     * Writes the page with this reader's own field values, made before the first byte is sent (they
     * may set a cookie), and its length. The kept parts are written as they are: copying a page of
     * a hundred kilobytes into one array for each reader cost more in collections than it saved.
     */
    void writeFor(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[][] values = new byte[fields.size()][];
        int length = parts.getLast().length;
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).freshValue(request).getBytes(StandardCharsets.UTF_8);
            length += parts.get(i).length + values[i].length;
        }
        response.setContentLength(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < values.length; i++) {
            out.write(parts.get(i));
            out.write(values[i]);
        }
        out.write(parts.getLast());
    }

    /** What the page costs the cache, in bytes. */
    int weight() {
        return parts.stream().mapToInt(part -> part.length).sum() + (gzipped == null ? 0 : gzipped.length) + 200;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
