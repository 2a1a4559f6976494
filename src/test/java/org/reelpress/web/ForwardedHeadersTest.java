package org.reelpress.web;

import java.io.IOException;

import org.jsoup.Connection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a request says about the connection before it (X-Forwarded-*) counts only when a configured proxy says it. */
class ForwardedHeadersTest {

    private static Connection.Response throughAProxySayingTls(int port) throws IOException {
        return BlogTest.browserSession().url("http://localhost:" + port + "/")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").execute();
    }

    @Nested
    class WhenNoProxyIsConfigured extends BlogTest {

        @Test
        void aClientCannotClaimTlsOrAnotherAddress() throws IOException {
            Connection.Response answer = throughAProxySayingTls(port);

            assertThat(answer.header("Strict-Transport-Security")).isNull();
        }
    }

    @Nested
    @TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
    class WhenTheLoopbackIsTheConfiguredProxy extends BlogTest {

        @Test
        void itsWordOnTlsTurnsOnStrictTransportSecurity() throws IOException {
            Connection.Response answer = throughAProxySayingTls(port);

            assertThat(answer.header("Strict-Transport-Security")).contains("max-age=");
        }

        @Test
        void itsWordOnTlsMarksTheFormCookieSecure() throws IOException {
            Fixtures.MadePost post = fixtures.post("Cookies behind a proxy", "Text.");
            Connection.Response page = session().newRequest(url(post.permalink())).header("X-Forwarded-Proto", "https").execute();

            assertThat(page.headers("Set-Cookie")).anySatisfy(cookie ->
                    assertThat(cookie).startsWith("reelpress_form=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        }
    }
}
