package org.reelpress.web;

import java.util.Locale;

import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * jte's escaping by context, writing into {@link PageBytes}. Text and plain attribute values, which
 * are nearly all a page fills in, are escaped and encoded in one pass; everything with rules of
 * its own (scripts, event handlers, addresses that must not run code, iframes' srcdoc) goes through
 * jte's own code unchanged.
 */
final class HtmlPage extends OwaspHtmlTemplateOutput {

    private final PageBytes page;
    private String tag;
    private String attribute;

    HtmlPage(PageBytes page) {
        super(page);
        this.page = page;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        tag = tagName;
        attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (tag == null || attribute == null) {
            if (tag != null && tag.equalsIgnoreCase("script")) {
                super.writeUserContent(value);
            } else {
                page.writeEscaped(value, false);
            }
        } else if (plain(tag, attribute)) {
            page.writeEscaped(value, true);
        } else {
            super.writeUserContent(value);
        }
    }

    /** An attribute whose value jte only escapes: none it checks for addresses, no event handler, no srcdoc. */
    private static boolean plain(String tag, String attribute) {
        return switch (attribute.toLowerCase(Locale.ROOT)) {
            case "href", "formaction", "action", "srcdoc" -> false;
            case "src" -> !tag.equalsIgnoreCase("iframe");
            default -> !attribute.regionMatches(true, 0, "on", 0, 2);
        };
    }
}
