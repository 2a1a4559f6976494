package org.reelpress.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a WordPress blog's uploads folder ({@code wp-content/uploads}), copied into the
 * data directory and served at the same path they had, so that old links into it keep working.
 * Without an uploads folder every file stays a link to where it was.
 */
final class UploadedFiles {

    static final String FOLDER = "wordpress/uploads";
    static final String PATH = "/wp-content/uploads/";

    private static final Pattern UPLOAD_URL = Pattern.compile("https?://[^\\s\"'<>]+?/wp-content/uploads/([^\\s\"'<>?#]+)");

    private final Path from;
    private final Path to;

    UploadedFiles(Path from, Path to) {
        this.from = from;
        this.to = to;
    }

    /** The path of a file within the uploads folder, such as 2013/01/poster.jpg, or null when the folder has no such file. */
    String relativePath(String attachedFile, String url) {
        String relative = attachedFile.isBlank() ? fromUrl(url) : attachedFile.strip();
        if (from == null || relative == null) {
            return null;
        }
        Path file = from.resolve(relative).normalize();
        return file.startsWith(from.normalize()) && Files.isRegularFile(file) ? relative : null;
    }

    /** Copies the file into the data directory and returns the address it is served at. */
    String copy(String relative) {
        Path target = to.resolve(relative).normalize();
        if (!target.startsWith(to.normalize())) {
            throw new WxrRefused("The upload " + relative + " points outside the uploads folder.");
        }
        try {
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PATH + relative;
    }

    /** Points links to files of the old uploads folder at their copies here, copying each file found. */
    String relink(String html) {
        if (from == null) {
            return html;
        }
        Matcher m = UPLOAD_URL.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String relative = relativePath("", m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(relative == null ? m.group() : copy(relative)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String fromUrl(String url) {
        Matcher m = UPLOAD_URL.matcher(url);
        return m.matches() ? m.group(1) : null;
    }
}
