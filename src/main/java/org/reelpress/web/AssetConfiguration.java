package org.reelpress.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The blog's scripts and styles. At their fingerprinted address ({@link Assets}) they are kept by
 * browsers and proxies for a year without asking again; at their plain address they are checked
 * each time (ETag, 304). Either way gzipped for readers who accept it.
 */
@Configuration(proxyBeanMethods = false)
class AssetConfiguration implements WebMvcConfigurer {

    private static final String LOCATION = "classpath:/static" + Assets.FOLDER;
    /** "reelpress-0f3a….css": a name, a hyphen, the 32 hex digits of the content hash, an extension. */
    private static final String FINGERPRINTED = Assets.FOLDER + "{file:[\\w.-]+-[0-9a-f]{32}\\.\\w+}";

    @Bean
    Assets assets(ResourcePatternResolver resolver) {
        return Assets.scan(resolver);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(FINGERPRINTED)
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .setEtagGenerator(AssetConfiguration::etag)
                .resourceChain(true)
                .addResolver(new GzippedAssets())
                .addResolver(new VersionResourceResolver().addVersionStrategy(Assets.FINGERPRINTS, "/**"));
        registry.addResourceHandler(Assets.FOLDER + "**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache().cachePublic())
                .setEtagGenerator(AssetConfiguration::etag)
                .resourceChain(true)
                .addResolver(new GzippedAssets());
    }

    /** A fingerprinted asset's ETag is its fingerprint; a plain one's, the hash of the bytes sent. */
    private static String etag(Resource resource) {
        if (resource instanceof HttpResource http && http.getResponseHeaders().getETag() != null) {
            return http.getResponseHeaders().getETag();
        }
        try (InputStream in = resource.getInputStream()) {
            return "\"" + DigestUtils.md5DigestAsHex(in) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
