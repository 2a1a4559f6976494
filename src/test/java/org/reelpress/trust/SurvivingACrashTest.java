package org.reelpress.trust;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers post comments and writers publish reviews while the blog is killed with SIGKILL at
 * random moments (once both are under way), again and again; after the last restart every comment and every review the
 * blog acknowledged must be there, whole, and the blog must serve its pages. The short form that
 * CI runs: a few rounds of a few seconds on each engine (raise {@code reelpress.crash.rounds} for a
 * longer soak).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class SurvivingACrashTest {

    private static final int ROUNDS = Integer.getInteger("reelpress.crash.rounds", 3);
    private static final int READERS = 8;
    private static final int WRITERS = 3;
    private static final String LOGIN = "crash-writer";
    private static final String PASSWORD = "a long passphrase for the crash writer";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Engine engine;

    @TempDir
    Path dataDir;

    SurvivingACrashTest(Engine engine) {
        this.engine = engine;
    }

    @Test
    void everyAcknowledgedCommentAndReviewIsThereWholeAfterTheBlogIsKilled() throws Exception {
        String database = engine.newDatabaseUrl();
        BlogProcess.runCommand(database, dataDir, PASSWORD + "\n", "create-user", "--login", LOGIN,
                "--email", "crash-writer@example.com", "--role", "author", "--name", "Crash Writer");
        Map<Long, String> comments = new HashMap<>();
        Map<Long, PublishedReview> reviews = new HashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            BlogProcess blog = BlogProcess.start(database, dataDir, "--reelpress.comments.per-minute=100000");
            try (Commenters readers = Commenters.start(blog, READERS);
                 Publishers writers = Publishers.start(blog, WRITERS, LOGIN, PASSWORD)) {
                assertThat(readers.problems()).as("readers kept from commenting\n" + blog.tail()).isEmpty();
                assertThat(writers.problems()).as("writers kept from publishing\n" + blog.tail()).isEmpty();
                readers.awaitFirst();
                writers.awaitFirst();
                BlogProcess.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(500, 3_000)));
                blog.kill();
                readers.close();
                writers.close();
                comments.putAll(readers.acknowledged());
                reviews.putAll(writers.acknowledged());
                System.out.printf("%s, round %d: %d comments and %d reviews acknowledged before SIGKILL, %d and %d refused%n",
                        engine, round, readers.acknowledged().size(), writers.acknowledged().size(), readers.refused(),
                        writers.refused());
            } finally {
                blog.kill(); // already dead unless the round failed: then no blog outlives the test
            }
        }
        assertThat(comments).as("comments acknowledged before the crashes").hasSizeGreaterThan(ROUNDS);
        assertThat(reviews).as("reviews acknowledged before the crashes").isNotEmpty();

        BlogProcess blog = BlogProcess.start(database, dataDir);
        try {
            JdbcClient db = JdbcClient.create(new DriverManagerDataSource(database));
            Map<Long, String> stored = new HashMap<>();
            db.sql("SELECT id, body FROM comments").query((rs, row) -> stored.put(rs.getLong("id"), rs.getString("body"))).list();
            assertThat(stored).as("every acknowledged comment, with its text").containsAllEntriesOf(comments);
            List<String> halfWritten = db.sql("""
                    SELECT CAST(id AS VARCHAR(20)) FROM comments
                    WHERE path = '' OR body_html = '' OR (parent_id IS NULL AND depth <> 1)""").query(String.class).list();
            assertThat(halfWritten).as("comments without their path or rendered text").isEmpty();

            StoredReviews storedReviews = new StoredReviews(db);
            for (PublishedReview review : reviews.values()) {
                assertThat(storedReviews.find(review.id())).as("review %d as it was acknowledged", review.id())
                        .contains(review);
            }
            assertThat(storedReviews.halfWritten()).as("reviews without their rendered text, work, tags or revision (acknowledged: %s)",
                    reviews.keySet()).isEmpty();
            assertThat(servedTitles(blog, reviews.values())).as("every acknowledged review, served to readers")
                    .containsExactlyInAnyOrderElementsOf(reviews.values().stream().map(PublishedReview::title).toList());
            assertThat(unfoundTitles(blog, reviews.values())).as("acknowledged reviews the search does not find").isEmpty();
        } finally {
            blog.kill();
        }
    }

    /**
     * The titles of the reviews that searching for them does not find. The index catches up from the database's
     * change log at start, so a review committed just before the kill is found once the blog is up again.
     */
    private static List<String> unfoundTitles(BlogProcess blog, Collection<PublishedReview> reviews) throws Exception {
        List<String> unfound = new ArrayList<>(reviews.stream().map(PublishedReview::title).toList());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!unfound.isEmpty() && System.nanoTime() < deadline) {
            for (String title : List.copyOf(unfound)) {
                Document results = Jsoup.connect(blog.url("/?s=" + URLEncoder.encode(title, StandardCharsets.UTF_8)))
                        .ignoreHttpErrors(true).get();
                if (results.select("a").eachText().contains(title)) {
                    unfound.remove(title);
                }
            }
            if (!unfound.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return unfound;
    }

    /** The titles the blog's REST API serves for the reviews, each a published post readers can open. */
    private static List<String> servedTitles(BlogProcess blog, Collection<PublishedReview> reviews) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> titles = new ArrayList<>();
        for (PublishedReview review : reviews) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create(blog.url("/wp-json/wp/v2/posts/" + review.id()))).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                titles.add(HtmlUtils.htmlUnescape(JSON.readTree(answer.body()).path("title").path("rendered").asString()));
            }
        }
        return titles;
    }
}
