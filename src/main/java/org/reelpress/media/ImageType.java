package org.reelpress.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image formats the blog takes, told apart by their first bytes, never by a file's name. */
public enum ImageType {
    JPEG("image/jpeg", "jpg", "jpg"),
    PNG("image/png", "png", "png"),
    GIF("image/gif", "gif", "png"),
    WEBP("image/webp", "webp", "png");

    private final String contentType;
    private final String extension;
    private final String variantExtension;

    ImageType(String contentType, String extension, String variantExtension) {
        this.contentType = contentType;
        this.extension = extension;
        this.variantExtension = variantExtension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Resized copies of a JPEG stay JPEG; the others become PNG (no WebP writer, and a GIF's frames are not kept). */
    public String variantExtension() {
        return variantExtension;
    }

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ImageType ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The type whose magic number {@code head} starts with: JPEG FF D8 FF, PNG's eight bytes, GIF8?a, RIFF....WEBP. */
    static Optional<ImageType> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The extension a stored file of this blog may end with, originals and variants alike. */
    static boolean servedExtension(String extension) {
        return Arrays.stream(values()).anyMatch(t -> t.extension.equals(extension) || t.variantExtension.equals(extension));
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
