package org.reelpress.web;

import java.io.IOException;
import java.util.Map;

import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.View;

/** Renders a template to bytes first, so a template error never leaves half a page on the wire. */
class JteView implements View {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    private static final int SMALLEST_START = 32 * 1024;

    private final TemplateEngine templates;
    private final String template;
    private final Assets assets;
    private final PageArrays arrays;
    /**
     * How long this template's last page was. The next page starts in an array of about that size:
     * a page that outgrows its array is copied into one twice as large, and a review with its
     * discussion (some 120 KB) was copied twice on its way there.
     */
    private volatile int lastLength;

    JteView(TemplateEngine templates, String template, Assets assets, PageArrays arrays) {
        this.templates = templates;
        this.template = template;
        this.assets = assets;
        this.arrays = arrays;
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(Assets.ATTRIBUTE, assets);
        // one array written in one call: collecting each piece of the page as bytes of its own and
        // writing them one by one went through the servlet and security response wrappers thousands of times
        PageBytes page = new PageBytes(arrays.borrow(Math.max(SMALLEST_START, lastLength + lastLength / 8)));
        try {
            templates.render(template, parameters(model), new HtmlPage(page));
            lastLength = page.length();
            response.setContentType(CONTENT_TYPE);
            response.setContentLength(page.length());
            page.writeTo(response.getOutputStream());
        } finally {
            // the response's stream copies what it is given before write returns, or has failed
            arrays.giveBack(page.array());
        }
    }

    /** The model as jte takes it, without copying it: jte only reads a template's parameters from it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameters(Map<String, ?> model) {
        return model == null ? Map.of() : (Map<String, Object>) model;
    }
}
