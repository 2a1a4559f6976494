package org.reelpress.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rules for taking an image: alt text, a size limit, a type read from the bytes, a
 * pixel limit read from the header before anything is decoded; then the original and its
 * smaller copies are stored once.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final int MAX_ALT = 500;

    private final MediaRepository media;
    private final MediaFiles files;
    private final MediaLimits limits;
    private final Clock clock;

    Uploads(MediaRepository media, MediaFiles files, MediaLimits limits, Clock clock) {
        this.media = media;
        this.files = files;
        this.limits = limits;
        this.clock = clock;
    }

    /** The largest file taken, as people read it: "10 MB". */
    public String maxSize() {
        return MediaLimits.describe(limits.maxSize().toBytes());
    }

    public long maxBytes() {
        return limits.maxSize().toBytes();
    }

    /** Checks and keeps an image; {@link UploadRefused} says what was wrong with it. */
    public Media upload(String originalName, long size, ContentSource content, String alt, long uploaderId) {
        String described = alt == null ? "" : alt.strip();
        if (size <= 0) {
            throw new UploadRefused("Choose an image file to upload.");
        }
        if (size > limits.maxSize().toBytes()) {
            throw new UploadRefused("That file is " + MediaLimits.describe(size) + "; images may be up to " + maxSize() + ".");
        }
        if (described.isEmpty()) {
            throw new UploadRefused("Describe the image in a few words (its alt text), for readers who cannot see it.");
        }
        if (described.length() > MAX_ALT) {
            throw new UploadRefused("Keep the alt text under " + MAX_ALT + " characters.");
        }
        byte[] bytes = content.bytes();
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> new UploadRefused(
                "That file is not a JPEG, PNG, WebP or GIF image, whatever its name says. Choose an image file."));
        BufferedImage image = decode(bytes, type);
        String name = files.newName();
        List<Integer> widths = new ArrayList<>();
        for (int width : Media.VARIANT_WIDTHS) {
            if (width < image.getWidth()) {
                int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
                try {
                    files.write(name + "-" + width + "w." + type.variantExtension(), Resizer.resize(image, width, height, type));
                    widths.add(width);
                } catch (IOException | RuntimeException e) {
                    log.warn("Could not make the {} px copy of {}: {}", width, originalName, e.toString());
                }
            }
        }
        files.write(name + "." + type.extension(), bytes);
        long id = media.add(name, type, cleanName(originalName), described, image.getWidth(), image.getHeight(),
                bytes.length, widths, uploaderId, clock.instant());
        return media.find(id).orElseThrow();
    }

    /** Reads the size from the header, refuses too many pixels, then decodes the first frame. */
    private BufferedImage decode(byte[] bytes, ImageType type) {
        String unreadable = "That file starts like a " + type.name() + " image but could not be read; it may be damaged.";
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
        if (!readers.hasNext()) {
            throw new UploadRefused("This blog cannot read " + type.name() + " images.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > limits.maxPixels()) {
                throw new UploadRefused("That image is " + reader.getWidth(0) + " × " + reader.getHeight(0)
                        + " pixels; images may have up to " + limits.maxPixels() / 1_000_000 + " million pixels.");
            }
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw new UploadRefused(unreadable);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefused refused) {
                throw refused;
            }
            throw new UploadRefused(unreadable);
        } finally {
            reader.dispose();
        }
    }

    /** The uploader's name for the file, for searching: no folders, no control characters, not too long. */
    private static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** The bytes of an upload, read only once the cheaper checks have passed. */
    @FunctionalInterface
    public interface ContentSource {
        byte[] bytes();
    }
}
