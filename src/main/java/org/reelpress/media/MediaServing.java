package org.reelpress.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** Sends stored images. A stored file never changes under its name, so browsers and CDNs may keep it for a year. */
@Controller
class MediaServing {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaFiles files;

    MediaServing(MediaFiles files) {
        this.files = files;
    }

    // GET /media/{name}  → the file, with ETag and Last-Modified; If-None-Match / If-Modified-Since that still hold → 304;
    // a name this blog does not make, or no such file → 404
    @GetMapping("/media/{name:.+}")
    ResponseEntity<Resource> file(@PathVariable String name, WebRequest request) {
        Path file = files.find(name).orElse(null);
        if (file == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        long modified = lastModified(file);
        String etag = "\"" + name + "\"";
        if (request.checkNotModified(etag, modified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
        }
        return ResponseEntity.ok().eTag(etag).lastModified(modified).cacheControl(FOREVER)
                .contentType(MediaType.parseMediaType(contentType(name)))
                .body(new FileSystemResource(file));
    }

    private static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "jpg" -> ImageType.JPEG.contentType();
            case "png" -> ImageType.PNG.contentType();
            case "gif" -> ImageType.GIF.contentType();
            default -> ImageType.WEBP.contentType();
        };
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
