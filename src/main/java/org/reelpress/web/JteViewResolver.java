package org.reelpress.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.TemplateEngine;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** Resolves a view name such as "post/review" to the template src/main/jte/post/review.jte. */
class JteViewResolver implements ViewResolver, Ordered {

    private final TemplateEngine templates;
    private final Assets assets;
    // one view per template, which remembers how long its pages are (see JteView)
    private final Map<String, JteView> views = new ConcurrentHashMap<>();
    private final PageArrays arrays = new PageArrays();

    JteViewResolver(TemplateEngine templates, Assets assets) {
        this.templates = templates;
        this.assets = assets;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        String template = viewName + ".jte";
        if (viewName.contains(":")) {
            return null;
        }
        JteView view = views.get(template);
        if (view == null && templates.hasTemplate(template)) {
            view = views.computeIfAbsent(template, name -> new JteView(templates, name, assets, arrays));
        }
        return view;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
