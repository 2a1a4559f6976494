package org.reelpress.web;

import java.util.Locale;

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
     * which jte leaves out where such an address would be followed.
     */
    private static boolean onlyEscaped(String attribute, String value) {
        // the templates write their attributes' names in lower case: lower-casing each name for
        // every value a page fills in cost a page of comments more than escaping the values did
        String name = isLowerCaseAscii(attribute) ? attribute : attribute.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "srcdoc" -> false;
            case "href", "src", "formaction", "action" -> isHarmlessAddress(value);
            default -> !name.startsWith("on");
        };
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

    private static boolean isLowerCaseAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
