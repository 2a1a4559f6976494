package org.reelpress.media;

/** An upload the blog did not keep, with the words that tell the writer why. */
public class UploadRefused extends RuntimeException {

    public UploadRefused(String message) {
        super(message);
    }
}
