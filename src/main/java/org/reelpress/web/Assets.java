package org.reelpress.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.VersionStrategy;

/**
 * Where pages link the blog's own scripts and styles: {@code reelpress.css} is at
 * {@code /assets/reelpress-<hash of its bytes>.css}, so that browsers may keep it for a year and
 * still get a changed file at once. Worked out once at start; templates read it with {@link #current()}.
 */
public record Assets(Map<String, String> paths) {

    static final String ATTRIBUTE = Assets.class.getName();
    static final String FOLDER = "/assets/";
    /** The hash in an asset's address: of its bytes, so the address changes exactly when they do. */
    static final VersionStrategy FINGERPRINTS = new ContentVersionStrategy();

    private static final Assets UNFINGERPRINTED = new Assets(Map.of());

    public Assets {
        paths = Map.copyOf(paths);
    }

    static Assets scan(ResourcePatternResolver resolver) {
        try {
            Map<String, String> paths = new TreeMap<>();
            for (Resource asset : resolver.getResources("classpath:static" + FOLDER + "*")) {
                String name = asset.getFilename();
                if (name != null && asset.isReadable()) {
                    paths.put(name, FOLDER + FINGERPRINTS.addVersion(name, FINGERPRINTS.getResourceVersion(asset)));
                }
            }
            return new Assets(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address to link, as "/assets/reelpress-….css"; the plain address for an asset not known at start. */
    public String href(String name) {
        return paths.getOrDefault(name, FOLDER + name);
    }

    /** The assets of the page being rendered; plain addresses (they work too) outside a request. */
    public static Assets current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object assets = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return assets instanceof Assets known ? known : UNFINGERPRINTED;
    }
}
