package org.reelpress.feed;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The two feed formats, each at its own address suffix: {@code feed/rss2/} and {@code feed/atom/}. */
enum FeedFormat {
    RSS("rss_2.0", "application/rss+xml", "rss2", "RSS 2.0"),
    ATOM("atom_1.0", "application/atom+xml", "atom", "Atom");

    private final String romeType;
    private final String mediaType;
    private final String suffix;
    private final String label;

    FeedFormat(String romeType, String mediaType, String suffix, String label) {
        this.romeType = romeType;
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.label = label;
    }

    String romeType() {
        return romeType;
    }

    String mediaType() {
        return mediaType;
    }

    MediaType contentType() {
        return MediaType.parseMediaType(mediaType + ";charset=UTF-8");
    }

    String label() {
        return label;
    }

    /** The address of this format of a feed whose default address is {@code feedPath} (ending in "feed/"). */
    String path(String feedPath) {
        return feedPath + suffix + "/";
    }

    /** The format a path segment after "feed/" names: none gives {@code fallback}; "rss" is WordPress's old alias. */
    static Optional<FeedFormat> named(String segment, FeedFormat fallback) {
        if (segment == null) {
            return Optional.of(fallback);
        }
        return switch (segment) {
            case "rss2", "rss" -> Optional.of(RSS);
            case "atom" -> Optional.of(ATOM);
            default -> Optional.empty();
        };
    }
}
