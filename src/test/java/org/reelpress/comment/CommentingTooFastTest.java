package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import java.nio.file.Files;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.site.SettingsRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A blog of its own, where one address may post two comments a minute (the shared test blog
 * allows thousands, so that tests do not trip over each other).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reelpress.comments.per-minute=2", "reelpress.comments.seconds-to-write=0"})
@Import(Fixtures.class)
class CommentingTooFastTest {

    @LocalServerPort
    private int port;

    @Autowired
    private Fixtures fixtures;

    @Autowired
    private SettingsRepository settings;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("reelpress-test-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
        registry.add("reelpress.data-dir", dir::toString);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void answersTheThirdCommentInAMinuteWithTooManyRequestsKeepingTheTypedText() throws IOException {
        settings.put("comment_policy", "approve_all");
        MadePost post = fixtures.post("Busy review", "Talk.");
        Connection browser = BlogTest.browserSession();

        assertThat(send(browser, post, "First thought").statusCode()).isEqualTo(303);
        assertThat(send(browser, post, "Second thought").statusCode()).isEqualTo(303);
        Connection.Response third = send(browser, post, "Third thought, typed with care");

        assertThat(third.statusCode()).isEqualTo(429);
        Document page = Jsoup.parse(third.body());
        assertThat(page.selectFirst("#comment").text()).isEqualTo("Third thought, typed with care");
        assertThat(page.selectFirst("#author").val()).isEqualTo("Hana Kim");
        assertThat(page.selectFirst("#comment-error").text())
                .isEqualTo("You are commenting faster than this blog allows; wait a minute and post again.");
        assertThat(page.selectFirst("#commentform input[name=_csrf]").val()).isNotEmpty();
        assertThat(browser.newRequest(url(post.permalink())).get().select(".comment-content").eachText())
                .containsExactly("First thought", "Second thought");
    }

    private Connection.Response send(Connection browser, MadePost post, String comment) throws IOException {
        Document page = browser.newRequest(url(post.permalink())).get();
        return browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data("post", String.valueOf(post.id()))
                .data("comment", comment).data("name", "Hana Kim").data("email", "hana@example.com").execute();
    }
}
