package org.reelpress.media;

/** An image as a page shows it: where, how large, the other sizes there are, and the words for it. */
public record Picture(String src, int width, int height, String srcset, String alt) {
}
