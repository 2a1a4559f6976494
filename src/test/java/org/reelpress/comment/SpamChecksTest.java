package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Comments sent over HTTP as a browser or a spam program would, and what becomes of them. */
class SpamChecksTest extends BlogTest {

    @Autowired
    private JdbcClient db;

    private Connection browser;
    private MadePost post;

    @BeforeEach
    void openAReview() {
        browser = session();
        post = fixtures.post("Review that draws spam", "Something to talk about.");
    }

    @AfterEach
    void emptyTheBlockLists() {
        for (String list : new String[]{"blocked_words", "blocked_emails", "blocked_addresses"}) {
            settings.put(list, "");
        }
        settings.put("comment_max_links", "2");
    }

    /** Sends the form as a browser would, every field it shows included, with {@code fields} typed in. */
    private Connection.Response send(Map<String, String> fields) throws IOException {
        Document page = browser.newRequest(url(post.permalink())).get();
        Map<String, String> form = new HashMap<>();
        page.select("#commentform input[type=hidden], #commentform input#subject")
                .forEach(input -> form.put(input.attr("name"), input.val()));
        form.putAll(fields);
        return browser.newRequest(url("/comments")).method(Connection.Method.POST).data(form).execute();
    }

    private static Map<String, String> guest(String comment) {
        return Map.of("comment", comment, "name", "Hana Kim", "email", "hana@example.com");
    }

    private String statusOf(Connection.Response response) {
        long id = Long.parseLong(response.header("Location").replaceAll(".*#comment-", ""));
        return db.sql("SELECT status FROM comments WHERE id = :id").param("id", id).query(String.class).single();
    }

    private boolean othersSee(String text) throws IOException {
        return session().url(url(post.permalink())).get().select(".comment-content").text().contains(text);
    }

    @Test
    void hidesTheTrapFieldFromPeopleAndKeyboards() throws IOException {
        var trap = browser.newRequest(url(post.permalink())).get().selectFirst("#commentform input[name=subject]");

        assertThat(trap.attr("tabindex")).isEqualTo("-1");
        assertThat(trap.attr("autocomplete")).isEqualTo("off");
        assertThat(trap.parent().attr("aria-hidden")).isEqualTo("true");
        assertThat(trap.parent().hasClass("visually-hidden")).isTrue();
    }

    @Test
    void keepsABotsCommentThatFilledTheHiddenFieldAsSpamAndDoesNotShowIt() throws IOException {
        Map<String, String> bot = new HashMap<>(guest("Great post, visit my site"));
        bot.put("subject", "Great post");

        Connection.Response response = send(bot);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(statusOf(response)).isEqualTo("spam");
        assertThat(othersSee("Great post, visit my site")).isFalse();
    }

    @Test
    void postsAPersonsCommentThatLeftTheHiddenFieldEmpty() throws IOException {
        Connection.Response response = send(guest("Loved the score in the last reel"));

        assertThat(statusOf(response)).isEqualTo("approved");
        assertThat(othersSee("Loved the score in the last reel")).isTrue();
    }

    @Test
    void holdsAFormThatCarriesAForgedTime() throws IOException {
        Map<String, String> forged = new HashMap<>(guest("Sent with a made-up stamp"));
        forged.put("stamp", "1700000000000.bm90LXNpZ25lZA");

        assertThat(statusOf(send(forged))).isEqualTo("pending");
    }

    @Test
    void holdsACommentWithMoreLinksThanAllowed() throws IOException {
        String links = "See https://a.example/1 and http://b.example/2 and https://c.example/3";

        Connection.Response response = send(guest(links));

        assertThat(statusOf(response)).isEqualTo("pending");
        assertThat(othersSee("See")).isFalse();
        assertThat(statusOf(send(guest("Only https://a.example/1 and https://b.example/2")))).isEqualTo("approved");
    }

    @Test
    void keepsACommentWithABlockedWordInItsTextOrNameAsSpam() throws IOException {
        settings.put("blocked_words", "casino\n카지노");

        assertThat(statusOf(send(guest("Best online CASINO bonus")))).isEqualTo("spam");
        assertThat(statusOf(send(guest("오늘의 카지노 보너스")))).isEqualTo("spam");
        assertThat(statusOf(send(Map.of("comment", "Nice review", "name", "Casino Royale Fan", "email", "fan@example.com"))))
                .isEqualTo("spam");
        assertThat(statusOf(send(guest("A film about gamblers")))).isEqualTo("approved");
    }

    @Test
    void keepsACommentFromABlockedAddressOrDomainAsSpam() throws IOException {
        settings.put("blocked_emails", "hana@example.com\n@spam.example");

        assertThat(statusOf(send(guest("From a blocked address")))).isEqualTo("spam");
        assertThat(statusOf(send(Map.of("comment", "From a blocked domain", "name", "Bo", "email", "bo@Spam.Example"))))
                .isEqualTo("spam");
        assertThat(statusOf(send(Map.of("comment", "From elsewhere", "name", "Bo", "email", "bo@example.org"))))
                .isEqualTo("approved");
    }

    @Test
    void keepsACommentFromABlockedIpRangeAsSpam() throws IOException {
        settings.put("blocked_addresses", "2001:db8::/32\n127.0.0.0/8");

        assertThat(statusOf(send(guest("Sent from a blocked range")))).isEqualTo("spam");

        settings.put("blocked_addresses", "2001:db8::/32\n10.0.0.0/8");
        assertThat(statusOf(send(guest("Sent from outside the ranges")))).isEqualTo("approved");
    }

    @Test
    void keepsOneCopyOfACommentSentSeveralTimesAtOnce() throws Exception {
        Document page = browser.newRequest(url(post.permalink())).get();
        Map<String, String> form = new HashMap<>();
        page.select("#commentform input[type=hidden]").forEach(input -> form.put(input.attr("name"), input.val()));
        form.putAll(guest("Clicked twice: the score is the best thing in it."));
        CountDownLatch ready = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (var clicks = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                answers.add(clicks.submit(() -> {
                    ready.await();
                    return browser.newRequest(url("/comments")).method(Connection.Method.POST).data(form)
                            .execute().header("Location");
                }));
            }
            ready.countDown();
        }

        List<String> locations = new ArrayList<>();
        for (Future<String> answer : answers) {
            locations.add(answer.get());
        }
        assertThat(locations).filteredOn(location -> location.contains("#comment-")).hasSize(1);
        assertThat(locations).filteredOn(location -> location.endsWith("#respond")).hasSize(7);
        assertThat(db.sql("SELECT COUNT(*) FROM comments WHERE body = :body")
                .param("body", "Clicked twice: the score is the best thing in it.").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesTheSameCommentTwiceKeepingTheTypedText() throws IOException {
        send(guest("The second act drags, but the ending lands."));

        Connection.Response again = send(guest("The second act drags, but the ending lands."));

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.header("Location")).endsWith("#respond");
        Document page = browser.newRequest(url(again.header("Location"))).get();
        assertThat(page.selectFirst("#comment-error").text()).isEqualTo("You have already posted this comment.");
        assertThat(page.selectFirst("#comment").text()).isEqualTo("The second act drags, but the ending lands.");
        assertThat(page.select(".comment-content").eachText())
                .filteredOn(text -> text.contains("second act drags")).hasSize(1);
        assertThat(statusOf(send(Map.of("comment", "The second act drags, but the ending lands.", "name", "Bo",
                "email", "bo@example.com")))).as("another commenter saying the same").isEqualTo("approved");
    }
}
