package org.reelpress.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every page is in the blog's language, and says so (Content-Language, as its html element's lang
 * does), whatever language the reader's browser asks for. Left to Spring's default, the header
 * echoed each reader's Accept-Language, and a page kept for everyone carried its first reader's.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class SiteLanguage implements LocaleResolver {

    private final SettingsRepository settings;

    SiteLanguage(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Locale.forLanguageTag(settings.site().language());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // the language is the blog's setting: nothing a request says changes it
    }
}
