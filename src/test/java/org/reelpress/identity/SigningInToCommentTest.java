package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole authorization-code flow against a real OpenID Connect provider running in the test
 * (mock-oauth2-server), driven as a browser would: form, provider, back to the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class SigningInToCommentTest {

    private static final String ISSUER = "reelpress-test";
    private static final MockOAuth2Server PROVIDER = started();
    private static final HttpServer OTHER_KEYS = keysNobodySignsWith();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Connection browser;
    private MadePost post;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    /** A key set of a fresh key: tokens checked against it look forged, whoever really signed them. */
    private static HttpServer keysNobodySignsWith() {
        try {
            byte[] jwks = new JWKSet(new RSAKeyGenerator(2048).keyID("other").generate().toPublicJWK())
                    .toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopProviders() {
        PROVIDER.shutdown();
        OTHER_KEYS.stop(0);
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("reelpress-signin-").toString();
        registry.add("reelpress.data-dir", () -> dataDir);
        String issuer = PROVIDER.issuerUrl(ISSUER).toString().replace("127.0.0.1", "localhost");
        register(registry, "testid", "Test ID");
        registry.add("spring.security.oauth2.client.provider.testid.issuer-uri", () -> issuer);
        // the blog trusts other keys here, so the tokens it receives are not signed by anyone it trusts
        register(registry, "forged", "Forged ID");
        registry.add("spring.security.oauth2.client.provider.forged.authorization-uri", () -> issuer + "/authorize");
        registry.add("spring.security.oauth2.client.provider.forged.token-uri", () -> issuer + "/token");
        registry.add("spring.security.oauth2.client.provider.forged.jwk-set-uri",
                () -> "http://localhost:" + OTHER_KEYS.getAddress().getPort() + "/jwks");
        registry.add("spring.security.oauth2.client.provider.forged.user-name-attribute", () -> "sub");
        // a provider whose token endpoint is down
        register(registry, "down", "Down ID");
        registry.add("spring.security.oauth2.client.provider.down.authorization-uri", () -> issuer + "/authorize");
        registry.add("spring.security.oauth2.client.provider.down.token-uri", () -> "http://localhost:9/token");
        registry.add("spring.security.oauth2.client.provider.down.jwk-set-uri", () -> issuer + "/jwks");
        registry.add("spring.security.oauth2.client.provider.down.user-name-attribute", () -> "sub");
    }

    private static void register(DynamicPropertyRegistry registry, String id, String name) {
        String prefix = "spring.security.oauth2.client.registration." + id + ".";
        registry.add(prefix + "client-id", () -> "reelpress");
        registry.add(prefix + "client-secret", () -> "test-secret");
        registry.add(prefix + "client-name", () -> name);
        registry.add(prefix + "scope", () -> "openid,profile,email");
        registry.add(prefix + "authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @BeforeEach
    void openAReview() {
        browser = BlogTest.browserSession();
        post = fixtures.post("Review with sign-in", "Discuss.");
    }

    private String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }

    private Document open(String path) throws IOException {
        return browser.newRequest(url(path)).get();
    }

    /** Follows redirects across the blog and the provider, as a browser does. */
    private Connection.Response follow(Connection.Response response) throws IOException {
        Connection.Response current = response;
        for (int hops = 0; hops < 10 && current.hasHeader("Location"); hops++) {
            String next = URI.create(current.url().toString()).resolve(current.header("Location")).toString();
            current = browser.newRequest(next).execute();
        }
        return current;
    }

    /** Types a comment and presses the provider's button under the form. */
    private Connection.Response signInWhileTyping(String provider, String text) throws IOException {
        Document page = open(post.permalink());
        assertThat(page.select("button.provider").eachText()).contains("Test ID");
        return browser.newRequest(url("/comments/sign-in")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("post", String.valueOf(post.id())).data("comment", text).data("name", "").data("email", "")
                .data("provider", provider).execute();
    }

    private void providerWillSignIn(String subject, String name) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("reelpress"),
                Map.of("name", name, "email", subject + "@example.org", "email_verified", true)));
    }

    @Test
    void signsInKeepsTheTypedCommentPostsUnderTheProvidersNameAndSignsOut() throws IOException {
        providerWillSignIn("mina-" + post.id(), "Mina Park");

        Connection.Response back = follow(signInWhileTyping("testid", "제가 쓰던 댓글입니다"));

        assertThat(back.url().toString()).isEqualTo(url(post.permalink()) + "#respond");
        Document form = back.parse();
        assertThat(form.selectFirst(".signed-in").text())
                .startsWith("You are commenting using your Test ID account (Mina Park).")
                .contains("Log Out", "Change");
        assertThat(form.selectFirst("#comment").text()).isEqualTo("제가 쓰던 댓글입니다");
        assertThat(form.select("#author, #email")).isEmpty();

        Connection.Response posted = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", form.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", form.selectFirst("#commentform input[name=stamp]").val())
                .data("post", String.valueOf(post.id())).data("comment", "제가 쓰던 댓글입니다").execute();
        String anchor = posted.header("Location").replaceAll(".*#", "");
        Document thread = open(post.permalink());
        assertThat(thread.selectFirst("#" + anchor + " .comment-author").text()).isEqualTo("Mina Park");
        assertThat(thread.selectFirst("#comment").text()).isEmpty();

        Connection.Response signedOut = browser.newRequest(url("/signout")).method(Connection.Method.POST)
                .data("_csrf", thread.selectFirst(".signed-in input[name=_csrf]").val())
                .data("returnTo", post.permalink() + "#respond").execute();
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.header("Location")).isEqualTo(post.permalink() + "#respond");
        assertThat(open(post.permalink()).select(".signed-in")).isEmpty();
        assertThat(open(post.permalink()).select("#author")).hasSize(1);
    }

    @Test
    void findsTheSameAccountOnTheNextSignInAndNeverMergesByEmail() throws IOException {
        providerWillSignIn("same-" + post.id(), "First Name");
        follow(signInWhileTyping("testid", "one"));
        browser = BlogTest.browserSession();
        providerWillSignIn("same-" + post.id(), "Changed Name");

        Document again = follow(signInWhileTyping("testid", "two")).parse();

        assertThat(again.selectFirst(".signed-in").text()).contains("(Changed Name)");
    }

    @Nested
    class WhenSignInFails {

        @Test
        void saysSoOnTheFormWhenTheReaderDeniesConsentAndKeepsTheComment() throws IOException {
            Connection.Response toProvider = browser.newRequest(url(signInWhileTyping("testid", "Still mine").header("Location"))).execute();
            String state = URI.create(toProvider.header("Location")).getQuery().replaceAll(".*state=([^&]+).*", "$1");

            Document form = follow(browser.newRequest(url("/login/oauth2/code/testid?error=access_denied&state=" + state)).execute()).parse();

            assertThat(form.selectFirst("#sign-in-problem").text()).contains("did not allow");
            assertThat(form.selectFirst("#comment").text()).isEqualTo("Still mine");
            assertThat(form.select(".signed-in")).isEmpty();
        }

        @Test
        void refusesAnIdTokenSignedByAnyoneButTheProvider() throws IOException {
            Document form = follow(signInWhileTyping("forged", "Careful")).parse();

            assertThat(form.selectFirst("#sign-in-problem").text()).contains("could not be trusted");
            assertThat(form.selectFirst("#comment").text()).isEqualTo("Careful");
            assertThat(form.select(".signed-in")).isEmpty();
        }

        @Test
        void explainsAProviderThatDoesNotAnswer() throws IOException {
            Document form = follow(signInWhileTyping("down", "Patient")).parse();

            assertThat(form.selectFirst("#sign-in-problem").text()).contains("did not answer");
            assertThat(form.selectFirst("#comment").text()).isEqualTo("Patient");
        }

        @Test
        void refusesAnAnswerWhoseStateWasNeverIssued() throws IOException {
            signInWhileTyping("testid", "Kept anyway");

            Document form = follow(browser.newRequest(url("/login/oauth2/code/testid?code=stolen&state=made-up")).execute()).parse();

            assertThat(form.selectFirst("#sign-in-problem").text()).contains("try again");
            assertThat(form.selectFirst("#comment").text()).isEqualTo("Kept anyway");
        }

        @Test
        void keepsTheCommentWhenAskedForAnUnknownProvider() throws IOException {
            Document form = follow(signInWhileTyping("nowhere", "Not lost")).parse();

            assertThat(form.selectFirst("#comment-error").text()).contains("not offered");
            assertThat(form.selectFirst("#comment").text()).isEqualTo("Not lost");
            assertThat(browser.newRequest(url("/oauth2/authorization/nowhere")).execute().statusCode()).isEqualTo(404);
        }
    }
}
