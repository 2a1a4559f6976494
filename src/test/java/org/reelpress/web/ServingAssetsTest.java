package org.reelpress.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

class ServingAssetsTest extends BlogTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> fetch(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] original(String name) throws IOException {
        try (InputStream in = ServingAssetsTest.class.getResourceAsStream("/static/assets/" + name)) {
            return in.readAllBytes();
        }
    }

    private String stylesheetLinkedFromTheFrontPage() {
        return get("/").selectFirst("link[rel=stylesheet]").attr("href");
    }

    @Test
    void pagesLinkTheStylesAndScriptByAnAddressThatNamesTheirContent() {
        var page = get("/");

        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).matches("/assets/reelpress-[0-9a-f]{32}\\.css");
        assertThat(page.selectFirst("script[src]").attr("src")).matches("/assets/reelpress-[0-9a-f]{32}\\.js");
    }

    @Test
    void theFingerprintedAddressMayBeKeptForAYearWithoutAsking() throws Exception {
        HttpResponse<byte[]> answer = fetch(stylesheetLinkedFromTheFrontPage());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(answer.body()).isEqualTo(original("reelpress.css"));
    }

    @Test
    void thePlainAddressStillWorksButIsCheckedEachTime() throws Exception {
        HttpResponse<byte[]> answer = fetch("/assets/reelpress.css");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
        assertThat(answer.body()).isEqualTo(original("reelpress.css"));
    }

    @Test
    void aBrowserThatAcceptsGzipGetsTheSameBytesGzipped() throws Exception {
        for (String path : new String[] {stylesheetLinkedFromTheFrontPage(), "/assets/reelpress.css"}) {
            HttpResponse<byte[]> answer = fetch(path, "Accept-Encoding", "gzip, deflate, br");

            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(answer.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Encoding");
            assertThat(answer.body().length).isLessThan(original("reelpress.css").length);
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
                assertThat(gzip.readAllBytes()).as(path).isEqualTo(original("reelpress.css"));
            }
        }
    }

    @Test
    void aBrowserThatHasTheAssetAlreadyIsToldItIsUnchanged() throws Exception {
        for (String path : new String[] {stylesheetLinkedFromTheFrontPage(), "/assets/reelpress.css"}) {
            for (String encoding : new String[] {"identity", "gzip"}) {
                String etag = fetch(path, "Accept-Encoding", encoding).headers().firstValue("ETag").orElseThrow();

                HttpResponse<byte[]> again = fetch(path, "Accept-Encoding", encoding, "If-None-Match", etag);

                assertThat(again.statusCode()).as(path + " " + encoding).isEqualTo(304);
                assertThat(again.body()).isEmpty();
            }
        }
    }

    @Test
    void anAddressWithAnotherFingerprintIsNotServed() throws Exception {
        String stale = stylesheetLinkedFromTheFrontPage().replaceAll("-[0-9a-f]{32}\\.", "-0123456789abcdef0123456789abcdef.");

        assertThat(fetch(stale).statusCode()).isEqualTo(404);
    }

    @Test
    void aChangedFileGetsAnotherFingerprintAndTheSameBytesTheSameOne() {
        byte[] before = "body { color: #222; }".getBytes(StandardCharsets.UTF_8);
        byte[] after = "body { color: #223; }".getBytes(StandardCharsets.UTF_8);

        String fingerprint = Assets.FINGERPRINTS.getResourceVersion(new ByteArrayResource(before));

        assertThat(fingerprint).matches("[0-9a-f]{32}");
        assertThat(Assets.FINGERPRINTS.getResourceVersion(new ByteArrayResource(after))).isNotEqualTo(fingerprint);
        assertThat(Assets.FINGERPRINTS.getResourceVersion(new ByteArrayResource(before.clone()))).isEqualTo(fingerprint);
    }
}
