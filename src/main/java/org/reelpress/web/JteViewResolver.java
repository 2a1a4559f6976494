package org.reelpress.web;

import java.util.Locale;

import gg.jte.TemplateEngine;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** Resolves a view name such as "post/review" to the template src/main/jte/post/review.jte. */
class JteViewResolver implements ViewResolver, Ordered {

    private final TemplateEngine templates;
    private final Assets assets;

    JteViewResolver(TemplateEngine templates, Assets assets) {
        this.templates = templates;
        this.assets = assets;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        String template = viewName + ".jte";
        return viewName.contains(":") || !templates.hasTemplate(template) ? null : new JteView(templates, template, assets);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
