package org.reelpress.cache;

import java.util.List;

import org.reelpress.site.SettingsRepository;
import org.reelpress.web.PersonalField;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Kept pages are answered by a valve at Tomcat's door, ahead of every servlet filter: for a kept page
 * the filters cost more than sending it, and the headers they set for every answer were kept with
 * the page. Pages are recorded just inside the security filters, which say who is reading.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "reelpress.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> keptPageValve(PageCache cache, SettingsRepository settings,
                                                                             CsrfTokenRepository formTokens,
                                                                             XorCsrfTokenRequestAttributeHandler formTokenMasks) {
        FormTokens tokens = new FormTokens(formTokens, formTokenMasks);
        return server -> server.addContextValves(new KeptPageValve(cache, settings, tokens));
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache) {
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 200);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PageRecorder> pageRecorder(PageCache cache, SettingsRepository settings,
                                                      List<PersonalField> personalFields) {
        FilterRegistrationBean<PageRecorder> registration =
                new FilterRegistrationBean<>(new PageRecorder(cache, settings, personalFields));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
