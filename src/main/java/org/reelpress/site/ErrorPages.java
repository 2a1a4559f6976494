package org.reelpress.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Every error a browser sees is a page of the blog, in its frame, saying what the reader can do. */
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final SettingsRepository settings;

    ErrorPages(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String[] words = wordsFor(status.value());
        ErrorPage page = new ErrorPage(Layout.of(siteOrDefaults(), words[0]), status.value(), words[0], words[1]);
        return new ModelAndView("site/error", Map.of("page", page), status);
    }

    private static String[] wordsFor(int status) {
        return switch (status) {
            case 400 -> new String[]{"That request did not make sense",
                    "Part of the address or the form was not what the blog expected. Go back and try again."};
            case 403 -> new String[]{"Not allowed",
                    "You may not do that here, or the form was open for too long. Copy what you typed, reload the page and try again."};
            case 404 -> new String[]{"Nothing here",
                    "There is no page at this address. It may have moved, or the address may be mistyped."};
            case 405 -> new String[]{"Not like that",
                    "This address does not take that kind of request."};
            case 413 -> new String[]{"Too large",
                    "What you sent is larger than this blog accepts."};
            case 429 -> new String[]{"Slow down a little",
                    "Too many requests came from you in a short time. Wait a minute, then try again."};
            default -> status >= 500
                    ? new String[]{"Something went wrong on our side",
                    "The blog could not answer this time. Try again in a moment."}
                    : new String[]{"That did not work", "The blog could not do what was asked."};
        };
    }

    /** An error page must show even when the database is what failed. */
    private SiteSettings siteOrDefaults() {
        try {
            return settings.site();
        } catch (RuntimeException e) {
            log.warn("Showing an error page with default settings: {}", e.getMessage());
            return SiteSettings.DEFAULTS;
        }
    }
}
