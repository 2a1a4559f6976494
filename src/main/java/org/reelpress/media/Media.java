package org.reelpress.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded image: stored as {@code name.ext} under /media/, with resized copies
 * {@code name-150w.ext} … for each of {@code variantWidths}.
 */
public record Media(long id, String name, ImageType type, String originalName, String alt, int width, int height,
                    long bytes, List<Integer> variantWidths, Long uploadedBy, Instant createdAt) {

    /** The widths variants are made at: thumbnail, medium and large. */
    static final List<Integer> VARIANT_WIDTHS = List.of(150, 300, 1024);

    public Media {
        variantWidths = List.copyOf(variantWidths);
    }

    public String url() {
        return "/media/" + name + "." + type.extension();
    }

    public String url(int variantWidth) {
        return "/media/" + name + "-" + variantWidth + "w." + type.variantExtension();
    }

    /** The height of a copy {@code width} pixels wide, keeping the proportions. */
    public int heightAt(int variantWidth) {
        return Math.max(1, (int) Math.round((double) height * variantWidth / width));
    }

    /** Every size there is of this image, for a browser to choose from: "/media/x-150w.jpg 150w, …, /media/x.jpg 1600w". */
    public String srcset() {
        List<String> sizes = new ArrayList<>();
        variantWidths.forEach(w -> sizes.add(url(w) + " " + w + "w"));
        sizes.add(url() + " " + width + "w");
        return String.join(", ", sizes);
    }

    /** The image as shown at about {@code wanted} pixels wide: the smallest copy at least that wide, or the original. */
    public Picture picture(int wanted) {
        for (int w : variantWidths) {
            if (w >= wanted) {
                return new Picture(url(w), w, heightAt(w), srcset(), alt);
            }
        }
        return new Picture(url(), width, height, srcset(), alt);
    }

    /** What to paste into a review's Markdown: ![alt](url), with brackets in the alt text escaped. */
    public String markdown() {
        String escaped = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        Picture large = picture(1024);
        return "![" + escaped + "](" + large.src() + ")";
    }

    public String fileName() {
        return name + "." + type.extension();
    }

    public String size() {
        return MediaLimits.describe(bytes);
    }
}
