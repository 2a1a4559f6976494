package org.reelpress.web;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The blog given a certificate, as the README says: a self-signed one for localhost, made here with the JDK's keytool. */
class ServingOverTlsTest extends BlogTest {

    private static final String PASSWORD = "changeit-" + System.nanoTime();
    private static final Path KEYSTORE = BlogTest.newDataDir().resolve("blog.p12");

    @DynamicPropertySource
    static void certificate(DynamicPropertyRegistry registry) throws Exception {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "blog", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", KEYSTORE.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as(output).isTrue();
        registry.add("spring.ssl.bundle.jks.blog.keystore.location", () -> "file:" + KEYSTORE);
        registry.add("spring.ssl.bundle.jks.blog.keystore.password", () -> PASSWORD);
        registry.add("spring.ssl.bundle.jks.blog.keystore.type", () -> "PKCS12");
        registry.add("server.ssl.bundle", () -> "blog");
    }

    /** A client that trusts the blog's certificate and nothing else, and prefers HTTP/2. */
    private static HttpClient client() throws Exception {
        KeyStore blog = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            blog.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("blog", blog.getCertificate("blog"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_2).build();
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return client().send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAreServedOverHttp2() throws Exception {
        HttpResponse<String> front = fetch("/");

        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(front.body()).contains("<html");
    }

    @Test
    void browsersAreToldToComeBackOnlyOverTls() throws Exception {
        HttpResponse<String> front = fetch("/");

        assertThat(front.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void theFingerprintedAssetsComeOverHttp2Too() throws Exception {
        String stylesheet = Jsoup.parse(fetch("/").body()).selectFirst("link[rel=stylesheet]").attr("href");

        HttpResponse<String> answer = fetch(stylesheet);

        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    }
}
