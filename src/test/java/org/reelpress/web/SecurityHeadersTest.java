package org.reelpress.web;

import java.io.IOException;

import org.jsoup.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reelpress.BlogTest;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest extends BlogTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no-such-page/", "/signin", "/assets/reelpress.css", "/comments/feed/"})
    void everyAnswerForbidsInlineScriptsFramingAndSniffing(String path) throws IOException {
        Connection.Response answer = session().url(url(path)).execute();

        String policy = answer.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("Strict-Transport-Security")).as("HSTS only over TLS").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no-such-page/", "/signin"})
    void pagesCarryNoInlineScriptOrStyleThePolicyWouldBlock(String path) throws IOException {
        var page = session().url(url(path)).execute().parse();

        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(page.select("[onclick], [onload], [onsubmit], [onchange]")).isEmpty();
    }
}
