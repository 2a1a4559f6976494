package org.reelpress.post;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** What HTML may reach a reader's browser: every rendered piece of user HTML goes through one of these. */
final class HtmlPolicies {

    private static final String[] TEXT_ELEMENTS = {
            "p", "br", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "code", "pre",
            "blockquote", "ul", "ol", "li", "a"};

    /** What a writer may put in a review: text, links, images, tables, headings, spoilers. */
    static final PolicyFactory POSTS = new HtmlPolicyBuilder()
            .allowElements(TEXT_ELEMENTS)
            .allowElements("h2", "h3", "h4", "h5", "h6", "hr", "img", "figure", "figcaption",
                    "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "span", "div")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,5}")).onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("spoiler")).onElements("details")
            .allowAttributes("class").matching(Pattern.compile("align-(left|center|right)")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[\\w+-]{1,40}")).onElements("code")
            .allowAttributes("class").matching(Pattern.compile("gallery")).onElements("div")
            .toFactory();

    /** What a reader may put in a comment: text and links, the links marked as not endorsed. */
    static final PolicyFactory COMMENTS = new HtmlPolicyBuilder()
            .allowElements(TEXT_ELEMENTS)
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "ugc")
            .toFactory();

    /** No element at all: the text of some HTML, still escaped. */
    static final PolicyFactory TEXT = new HtmlPolicyBuilder().toFactory();

    private HtmlPolicies() {
    }
}
