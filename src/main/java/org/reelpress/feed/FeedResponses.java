package org.reelpress.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Feeds, sitemaps and robots.txt answered with an ETag (a digest of the bytes, so any change,
 * settings included, changes it) and a Last-Modified time where one is known. Spring MVC compares them with the
 * request's If-None-Match and If-Modified-Since and answers 304 with no body when they match.
 */
final class FeedResponses {

    private static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private FeedResponses() {
    }

    static ResponseEntity<String> of(String body, MediaType type, Instant lastModified) {
        var response = ResponseEntity.ok().contentType(type).eTag(etag(body)).cacheControl(REVALIDATE);
        if (lastModified != null) {
            response.lastModified(lastModified);
        }
        return response.body(body);
    }

    private static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
