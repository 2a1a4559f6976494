package org.reelpress.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large an upload may be: {@code maxSize} in bytes (the multipart ceiling in the
 * application properties must sit a little above it, so that the blog and not the server says no),
 * and {@code maxPixels}, width times height, so that a small file cannot unpack into gigabytes.
 */
@ConfigurationProperties("reelpress.media")
record MediaLimits(DataSize maxSize, Long maxPixels) {

    MediaLimits {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        maxPixels = maxPixels == null ? 50_000_000L : maxPixels;
    }

    /** "10 MB", "1.5 MB", "800 KB" */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024) {
            double megabytes = bytes / (1024.0 * 1024.0);
            return (megabytes == Math.floor(megabytes) ? String.valueOf((long) megabytes) : String.format(java.util.Locale.ROOT, "%.1f", megabytes)) + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
