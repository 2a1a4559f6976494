package org.reelpress.cache;

import java.util.List;

import org.reelpress.site.SettingsRepository;
import org.reelpress.web.PersonalField;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page cache sits just inside the security filters: it needs to know who is reading. */
@Configuration
class PageCacheConfiguration {

    @Bean
    @ConditionalOnBooleanProperty(name = "reelpress.page-cache.enabled", matchIfMissing = true)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, SettingsRepository settings,
                                                             List<PersonalField> personalFields) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, settings, personalFields));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
