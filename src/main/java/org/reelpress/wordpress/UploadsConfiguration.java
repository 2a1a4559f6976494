package org.reelpress.wordpress;

import org.reelpress.site.ReelpressProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the files an import copied from WordPress's uploads folder at the addresses they had there. */
@Configuration(proxyBeanMethods = false)
class UploadsConfiguration implements WebMvcConfigurer {

    private final ReelpressProperties properties;

    UploadsConfiguration(ReelpressProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String folder = properties.dataDir().resolve(UploadedFiles.FOLDER).toAbsolutePath().toUri().toString();
        registry.addResourceHandler(UploadedFiles.PATH + "**")
                .addResourceLocations(folder.endsWith("/") ? folder : folder + "/");
    }
}
