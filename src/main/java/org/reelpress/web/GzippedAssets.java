package org.reelpress.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * An asset for a reader whose browser accepts gzip is sent gzipped, compressed once when first
 * asked for and then kept (the bytes of an asset never change while the blog runs).
 */
class GzippedAssets extends AbstractResourceResolver {

    private final Map<String, Resource> gzipped = new ConcurrentHashMap<>();

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String path, List<? extends Resource> locations,
                                               ResourceResolverChain chain) {
        Resource resource = chain.resolveResource(request, path, locations);
        if (resource == null || request == null || !acceptsGzip(request)) {
            return resource;
        }
        try {
            return gzipped.computeIfAbsent(resource.getURL().toString(), url -> Gzipped.of(resource));
        } catch (IOException e) {
            return resource;
        }
    }

    @Override
    protected String resolveUrlPathInternal(String path, List<? extends Resource> locations, ResourceResolverChain chain) {
        return chain.resolveUrlPath(path, locations);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepts = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepts != null && accepts.toLowerCase().contains("gzip");
    }

    /** The gzipped bytes, under the original's name and date and with its headers (its ETag). */
    private static final class Gzipped extends ByteArrayResource implements HttpResource {

        private final Resource original;

        private Gzipped(byte[] bytes, Resource original) {
            super(bytes, "gzipped " + original.getDescription());
            this.original = original;
        }

        static Gzipped of(Resource original) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = original.getInputStream(); GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                in.transferTo(gzip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Gzipped(out.toByteArray(), original);
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public long lastModified() throws IOException {
            return original.lastModified();
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = new HttpHeaders();
            if (original instanceof HttpResource http) {
                headers.putAll(http.getResponseHeaders());
            }
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            return headers;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
