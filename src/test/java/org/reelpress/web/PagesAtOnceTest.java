package org.reelpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

/**
 * Pages rendered at the same moment, each into an array another page used before
 * ({@link PageArrays}), reach each reader whole and with nothing of another page. The tests' blog
 * runs without the page cache, so every request here renders its page.
 */
class PagesAtOnceTest extends BlogTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private String fetch(String path) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The page without what a reader's form is given afresh each time (its token and its time stamp). */
    private static String withoutFormValues(String page) {
        return page.replaceAll("(<input type=\"hidden\"[^>]*value=\")[^\"]*\"", "$1\"");
    }

    @Test
    void aLongAndAShortReviewServedAtOnceEachArriveWholeAndAlone() throws Exception {
        MadePost longOne = fixtures.post("긴 리뷰 A long review", "Scene after scene, described at length. ".repeat(300));
        for (int i = 0; i < 40; i++) {
            fixtures.comment(longOne, null, "Reader " + i, "Comment " + i + ": " + "수다 chatter ".repeat(40));
        }
        MadePost shortOne = fixtures.post("짧은 리뷰 A short review", "Brief.");
        fixtures.comment(shortOne, null, "Jae", "One remark.");
        String longPage = withoutFormValues(fetch(longOne.permalink()));
        String shortPage = withoutFormValues(fetch(shortOne.permalink()));
        assertThat(longPage.length()).isGreaterThan(8 * shortPage.length());

        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService readers = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 240; i++) {
                boolean askForLong = i % 3 != 0;
                answers.add(readers.submit(() -> {
                    String page = withoutFormValues(fetch(askForLong ? longOne.permalink() : shortOne.permalink()));
                    assertThat(page).isEqualTo(askForLong ? longPage : shortPage);
                    return true;
                }));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        }
    }
}
