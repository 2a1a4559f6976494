package org.reelpress.site;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings that belong to the installation rather than to the blog: where data lives and
 * the public address. The blog's own settings (title, paging …) live in the database.
 */
@ConfigurationProperties("reelpress")
public record ReelpressProperties(Path dataDir, String siteUrl) {

    public ReelpressProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        siteUrl = siteUrl == null ? "" : siteUrl.replaceAll("/+$", "");
    }
}
