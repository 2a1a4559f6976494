package org.reelpress.web;

import java.util.Map;

import gg.jte.TemplateEngine;

/**
 * A template rendered into the output the blog writes its pages with ({@link HtmlPage} over
 * {@link PageBytes}), for benchmarks outside this package: what they time is then what a reader's
 * request costs, escaping and encoding included.
 */
public final class BlogPageOutput {

    private byte[] array = new byte[32 * 1024];

    /**
     * Renders the page and returns how many bytes it took; the array they are written into is kept
     * for the next page, as the blog keeps its own, and nothing is copied: the blog writes a page
     * from its array.
     */
    public int render(TemplateEngine templates, String template, Map<String, Object> model) {
        PageBytes page = new PageBytes(array);
        templates.render(template, model, new HtmlPage(page));
        array = page.array();
        return page.length();
    }
}
