package org.reelpress.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.View;

/** Renders a template to bytes first, so a template error never leaves half a page on the wire. */
class JteView implements View {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private final TemplateEngine templates;
    private final String template;
    private final Assets assets;

    JteView(TemplateEngine templates, String template, Assets assets) {
        this.templates = templates;
        this.template = template;
        this.assets = assets;
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(Assets.ATTRIBUTE, assets);
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, model == null ? Map.of() : new HashMap<String, Object>(model), output);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(output.getContentLength());
        output.writeTo(response.getOutputStream());
    }
}
