package org.reelpress.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

class HandlerLookupTest extends BlogTest {

    private static final List<String> PATHS = List.of("/", "/2026/11/a-review/", "/2026/11/a-review/comment-page-3/",
            "/2026/11/a-review", "/2026/11/a-review/comment-page-3", "/2026/11/26/a-review/", "/about/",
            "/about/comment-page-2/", "/archives/12/", "/archives/12", "/feed/", "/feed/atom/",
            "/2026/11/a-review/feed/", "/comments/feed/", "/category/films/", "/tag/korea/page/2/", "/works/parasite/",
            "/search/x/", "/signin", "/account", "/admin", "/admin/comments", "/comments", "/wp-json/",
            "/wp-json/wp/v2/posts", "/wp-comments-post.php", "/xmlrpc.php", "/sitemap.xml", "/robots.txt", "/nowhere/at/all/");

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping blogs;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theBlogsLookupIsTheOnePassingOverMappingsThatCannotMatch() {
        assertThat(blogs).isInstanceOf(HandlerLookup.Prefiltered.class);
    }

    @Test
    void everyMethodAndAddressFindsTheHandlerSpringsOwnLookupFinds() throws Exception {
        RequestMappingHandlerMapping springs = new RequestMappingHandlerMapping();
        springs.setApplicationContext(context);
        springs.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
        springs.setPatternParser(blogs.getPatternParser());
        springs.setContentNegotiationManager(blogs.getContentNegotiationManager());
        springs.afterPropertiesSet();
        assertThat(springs.getHandlerMethods()).hasSameSizeAs(blogs.getHandlerMethods());

        List<String> found = new ArrayList<>();
        for (String method : METHODS) {
            for (String path : PATHS) {
                String blog = handlerOf(blogs, method, path, false);
                assertThat(blog).as(method + " " + path).isEqualTo(handlerOf(springs, method, path, false));
                assertThat(handlerOf(blogs, method, path, true))
                        .as("pre-flight " + method + " " + path).isEqualTo(handlerOf(springs, method, path, true));
                found.add(blog);
            }
        }
        assertThat(found).filteredOn(h -> h.contains("PostController#show(")).isNotEmpty();
        assertThat(found).filteredOn(h -> h.startsWith("refused")).isNotEmpty();
    }

    private static String handlerOf(RequestMappingHandlerMapping mapping, String method, String path, boolean preFlight) {
        MockHttpServletRequest request = new MockHttpServletRequest(preFlight ? "OPTIONS" : method, path);
        if (preFlight) {
            request.addHeader("Origin", "https://elsewhere.example");
            request.addHeader("Access-Control-Request-Method", method);
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            // a pre-flight's handler is made for each request: compare what kind it is
            return chain.getHandler() instanceof HandlerMethod handler ? handler.toString()
                    : chain.getHandler().getClass().getName();
        } catch (Exception refused) {
            return "refused: " + refused.getClass().getSimpleName();
        }
    }
}
