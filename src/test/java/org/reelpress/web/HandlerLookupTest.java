package org.reelpress.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

class HandlerLookupTest extends BlogTest {

    private static final List<String> ODD_PATHS = List.of("/", "", "//", "///2026/11/a-review/", "/2026/11/a-review/comment-page-3/",
            "/2026/11/a-review", "/2026/11/a-review/comment-page-3", "/2026/11/26/a-review/", "/2026/11/26/a-review",
            "/about/", "/about", "/about/comment-page-2/", "/archives/12/", "/archives/12", "/archives/x/",
            "/feed/", "/feed", "/feed/atom/", "/FEED/", "/fe%65d/", "/feed;v=1/", "/feed/;v=1", "/2026/11/a-review/feed/",
            "/comments/feed/", "/category/films/", "/tag/korea/page/2/", "/works/parasite/", "/search/x/",
            "/search/caf%C3%A9/", "/search/a%2Fb/", "/signin", "/signin/", "/SignIn", "/account", "/admin", "/admin/",
            "/ADMIN", "/adm%69n/comments", "/admin/comments", "/admin/posts/12/edit", "/admin/pages", "/admin/films",
            "/comments", "/comments/", "/comments/12", "/comments/12/edit", "/wp-json", "/wp-json/", "/wp-json/wp/v2/",
            "/wp-json/wp/v2/posts", "/wp-json/wp/v2/posts/12", "/wp-json/anything/else", "/wp-comments-post.php",
            "/xmlrpc.php", "/sitemap.xml", "/sitemap-posts-1.xml", "/sitemap-posts-x.xml", "/robots.txt",
            "/media/a.jpg", "/media/", "/avatars/abc.svg", "/actuator/health", "/setup", "/page/2/", "/%20/",
            "/nowhere/at/all/", "/.well-known/x", "/2026/13/a-review/", "/20261/11/a-review/");

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "PROPFIND");

    /** Values tried, in order, for a pattern's variable with a regular expression. */
    private static final List<String> SAMPLES = List.of("2026", "11", "12", "posts", "a-review", "a.jpg");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping blogs;

    @Autowired
    ConfigurableApplicationContext context;

    RequestMappingHandlerMapping springs;

    @BeforeEach
    void springsOwnLookup() {
        springs = new RequestMappingHandlerMapping();
        springs.setApplicationContext(context);
        springs.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
        springs.setPatternParser(blogs.getPatternParser());
        springs.setContentNegotiationManager(blogs.getContentNegotiationManager());
        springs.afterPropertiesSet();
        assertThat(springs.getHandlerMethods()).hasSameSizeAs(blogs.getHandlerMethods());
    }

    @Test
    void theBlogsLookupIsTheIndexedOne() {
        assertThat(blogs).isInstanceOf(HandlerLookup.Indexed.class);
    }

    @Test
    void everyMethodAndAddressFindsWhatSpringsOwnLookupFinds() {
        Set<String> paths = new LinkedHashSet<>(ODD_PATHS);
        for (RequestMappingInfo mapping : blogs.getHandlerMethods().keySet()) {
            for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
                paths.addAll(variantsOf(addressFor(pattern.getPatternString())));
            }
        }
        List<String> found = new ArrayList<>();
        for (String method : METHODS) {
            for (String path : paths) {
                for (String accept : new String[] {null, "application/json"}) {
                    String blog = lookup(blogs, method, path, accept, false);
                    assertThat(blog).as(method + " " + path + " " + accept)
                            .isEqualTo(lookup(springs, method, path, accept, false));
                    found.add(blog);
                }
                assertThat(lookup(blogs, method, path, null, true)).as("pre-flight " + method + " " + path)
                        .isEqualTo(lookup(springs, method, path, null, true));
            }
        }
        assertThat(paths).hasSizeGreaterThan(300);
        // the comparison covers what readers meet: a review, a post found by its id, a 405, an address that is nothing
        assertThat(lookup(blogs, "GET", "/2026/11/a-review/", null, false))
                .contains("PostController#show(", "year=2026", "slug=a-review");
        assertThat(found).filteredOn(h -> h.startsWith("refused: HttpRequestMethodNotSupportedException")).isNotEmpty();
        assertThat(found).filteredOn(h -> h.startsWith("none")).isNotEmpty();
    }

    @Test
    void aReviewsLookupAsksOnlyTheFewMappingsThatCouldMatchIt() {
        MappingIndex index = MappingIndex.of(blogs.getHandlerMethods(), RequestMappingInfo::getDirectPaths, true);
        MappingIndex.Candidates review = index.candidates(RequestMethod.GET, PathContainer.parsePath("/2026/11/a-review/"));
        MappingIndex.Candidates admin = index.candidates(RequestMethod.POST, PathContainer.parsePath("/admin/comments"));
        List<MappingIndex.Entry> asked = new ArrayList<>(review.startingAsThePath());
        asked.addAll(review.startingWithAVariable());
        asked.addAll(review.ofAnyDepth());

        assertThat(asked).hasSizeBetween(1, 8)
                .anySatisfy(e -> assertThat(e.handler().toString()).contains("PostController#show("));
        assertThat(blogs.getHandlerMethods()).hasSizeGreaterThan(10 * asked.size());
        assertThat(admin.startingAsThePath()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.mapping().getPatternValues()).allMatch(p -> p.startsWith("/admin")));
    }

    /** The pattern with each variable filled in with a value its regular expression takes. */
    private static String addressFor(String pattern) {
        Matcher variable = Pattern.compile("\\{(\\*?)(\\w+)(?::((?:[^{}]|\\{[^}]*})+))?}").matcher(pattern);
        StringBuilder address = new StringBuilder();
        while (variable.find()) {
            String regex = variable.group(3);
            String value = !variable.group(1).isEmpty() ? "x/y"
                    : regex == null ? "a-review"
                    : SAMPLES.stream().filter(s -> s.matches(regex)).findFirst().orElse("1");
            variable.appendReplacement(address, Matcher.quoteReplacement(value));
        }
        variable.appendTail(address);
        return address.toString().replace("/**", "/x/y").replace("*", "x");
    }

    /** The address and its near misses: slash added or taken away, first segment encoded, in capitals, with a parameter. */
    private static List<String> variantsOf(String address) {
        List<String> variants = new ArrayList<>(List.of(address,
                address.endsWith("/") ? address.substring(0, address.length() - 1) : address + "/", "/" + address));
        int end = address.indexOf('/', 1);
        if (address.length() > 1 && end != 1) {
            String first = address.substring(1, end < 0 ? address.length() : end);
            String rest = end < 0 ? "" : address.substring(end);
            variants.add("/%" + Integer.toHexString(first.charAt(0)).toUpperCase() + first.substring(1) + rest);
            variants.add("/" + first.toUpperCase() + rest);
            variants.add("/" + first + ";v=1" + rest);
        }
        return variants;
    }

    /** What a lookup finds for the request, with what it tells the handler, or why it refuses. */
    private static String lookup(RequestMappingHandlerMapping mapping, String method, String path, String accept,
                                 boolean preFlight) {
        MockHttpServletRequest request = new MockHttpServletRequest(preFlight ? "OPTIONS" : method, path);
        if (preFlight) {
            request.addHeader("Origin", "https://elsewhere.example");
            request.addHeader("Access-Control-Request-Method", method);
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            // a pre-flight's handler is made for each request: compare what kind it is
            return (chain.getHandler() instanceof HandlerMethod handler ? handler.toString()
                    : chain.getHandler().getClass().getName())
                    + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                    + " " + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
                    + " " + request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE)
                    + " " + request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE)
                    + " " + request.getAttribute(HandlerMapping.MATRIX_VARIABLES_ATTRIBUTE);
        } catch (HttpRequestMethodNotSupportedException refused) {
            return "refused: HttpRequestMethodNotSupportedException " + refused.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted().toList();
        } catch (Exception refused) {
            return "refused: " + refused.getClass().getSimpleName() + " " + refused.getMessage();
        }
    }
}
