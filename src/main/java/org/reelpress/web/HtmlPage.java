package org.reelpress.web;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.runtime.StringUtils;

/**
 * jte's escaping by context, writing into {@link PageBytes}. Text and attribute values that jte
 * would only escape, nearly all a page fills in, are escaped and encoded in one pass; everything
 * with rules of its own (scripts, event handlers, addresses that could run code, iframes' srcdoc)
 * goes through jte's own code unchanged.
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
        } else if (onlyEscaped(attribute, value)) {
            page.writeEscaped(value, true);
        } else {
            super.writeUserContent(value);
        }
    }

    /**
     * Whether jte would only escape this attribute value: not an event handler, not an iframe's
     * srcdoc, and not an address that could run code ({@code javascript:} or {@code data:}),
     * which jte leaves out where such an address would be followed. Names are compared without
     * regard to case, and without lower-casing each one first: a page of comments fills in some two
     * thousand values, and that cost more than escaping them.
     */
    private static boolean onlyEscaped(String attribute, String value) {
        // "on…" in any case: | 0x20 lower-cases an ASCII letter, and only 'O' and 'o' become 'o' by it
        if (attribute.length() >= 2 && (attribute.charAt(0) | 0x20) == 'o' && (attribute.charAt(1) | 0x20) == 'n') {
            return false;
        }
        if (attribute.equalsIgnoreCase("href") || attribute.equalsIgnoreCase("src")
                || attribute.equalsIgnoreCase("action") || attribute.equalsIgnoreCase("formaction")) {
            return isHarmlessAddress(value);
        }
        return !attribute.equalsIgnoreCase("srcdoc");
    }

    /** An address on this site ({@code /…}, {@code #…}, {@code ?…}) runs no code; any other is checked as jte checks it. */
    private static boolean isHarmlessAddress(String value) {
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first == '/' || first == '#' || first == '?') {
                return true;
            }
        }
        return !StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "javascript:")
                && !StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "data:");
    }
}
