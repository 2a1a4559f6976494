package org.reelpress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.mail.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared test blog has no SMTP host: it offers no mail and keeps none. */
class CommentingWithoutAMailServerTest extends BlogTest {

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient db;

    @Test
    void offersNoNotificationsAndQueuesNothing() throws Exception {
        MadePost post = fixtures.post("Review without mail", "Quiet.");
        Connection browser = session();
        Document page = browser.newRequest(url(post.permalink())).get();
        assertThat(page.select("#commentform")).hasSize(1);
        assertThat(page.select("#commentform [name=notify]")).isEmpty();

        // a hand-made form ticks it anyway
        Connection.Response response = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data(Map.of("post", String.valueOf(post.id()), "comment", "Tell me more", "name", "Quiet Reader",
                        "email", "quiet@example.com", "notify", "yes"))
                .execute();

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(outbox.waiting()).isZero();
        assertThat(db.sql("SELECT COUNT(*) FROM subscriptions WHERE post_id = :post").param("post", post.id())
                .query(Integer.class).single()).isZero();
    }
}
