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
import java.util.List;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.PersonalField;

/**
 * A page as every anonymous reader gets it, cut where a {@link PersonalField} goes: {@code parts}
 * has one more element than {@code fields}. A page without such fields is the same bytes for all,
 * so it is also kept gzipped, with an ETag. {@code settings} are those it was rendered with.
 */
record CachedPage(String contentType, List<byte[]> parts, List<PersonalField> fields, byte[] gzipped, String etag,
                  SiteSettings settings) {

    private static final String VALUE = "\" value=\"";

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
                same ? "\"" + digest(body) + "\"" : null, settings);
    }

    /** The same bytes for every reader: gzipped once, with an ETag, fit for shared caches. */
    boolean sameForEveryone() {
        return fields.isEmpty();
    }

    byte[] body() {
        return parts.getFirst();
    }

    /** Writes the page with this reader's own field values, made before the first byte (they may set a cookie). */
    void writeFor(HttpServletRequest request, OutputStream out) throws IOException {
        List<byte[]> values = fields.stream().map(field -> field.freshValue(request).getBytes(StandardCharsets.UTF_8)).toList();
        for (int i = 0; i < fields.size(); i++) {
            out.write(parts.get(i));
            out.write(values.get(i));
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
