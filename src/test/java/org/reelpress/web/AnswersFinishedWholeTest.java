package org.reelpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

/** Answers that {@link TakingTurns} finishes before the server would arrive as the server would have sent them. */
class AnswersFinishedWholeTest extends BlogTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> fetch(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,*/*");
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCompressedReviewArrivesWholeWithItsDiscussion() throws IOException, InterruptedException {
        MadePost post = fixtures.post("Whole at last 끝까지", "A review long enough to be compressed. ".repeat(200));
        fixtures.comment(post, null, "Mina", "The last comment of the page");

        HttpResponse<byte[]> answer = fetch(post.permalink(), "gzip");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String page;
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            page = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page).contains("Whole at last 끝까지", "The last comment of the page");
        assertThat(page.strip()).endsWith("</html>");
    }

    @Test
    void anApiAnswerKeepsItsLength() throws IOException, InterruptedException {
        fixtures.post("Counted", "Short.");

        HttpResponse<byte[]> answer = fetch("/wp-json/wp/v2/posts", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().length);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
    }
}
