package org.reelpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reelpress.storage.Engine;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole blog on PostgreSQL: migrated by its own Flyway folder, seeded with the sample review, serving pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresqlJourneyTest {

    private static final String SAMPLE = "A Page of Madness (狂った一頁)";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry registry) {
        String url = Engine.POSTGRESQL.newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        String dataDir = BlogTest.newDataDir().toString(); // uploads and the search index, apart from other blogs
        registry.add("reelpress.data-dir", () -> dataDir);
    }

    @Test
    void servesTheSampleReviewAndItsDiscussionFromPostgresql() throws IOException {
        Document front = Jsoup.connect("http://localhost:" + port + "/").get();
        Element link = front.selectFirst("article.summary h2 a");

        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo(SAMPLE);

        Document review = Jsoup.connect(link.absUrl("href")).get();

        assertThat(review.selectFirst("h1").text()).isEqualTo(SAMPLE);
        assertThat(review.selectFirst("#comments-title").text()).isEqualTo("5 thoughts on “" + SAMPLE + "”");
        assertThat(review.select("li.comment")).hasSize(5);
        // comments' texts are read as their UTF-8 bytes: PostgreSQL's driver must give those too
        assertThat(review.select("li.comment .comment-author").eachText()).contains("서지우", "Jonas Weber");
        assertThat(review.select("li.comment .comment-content").eachText())
                .contains("중간 자막이 하나도 없는데도 이야기가 다 이해됐어요. 편집만으로 이렇게 말할 수 있다니 놀랍네요.");
    }
}
