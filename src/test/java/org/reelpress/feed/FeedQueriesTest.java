package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.feed.FeedRepository.FeedPost;
import org.reelpress.feed.FeedRepository.Filter;
import org.reelpress.feed.Sitemaps.Kind;
import org.reelpress.feed.Sitemaps.Part;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The feeds' and sitemaps' SQL, on both databases the blog runs on. */
@ParameterizedClass
@EnumSource(Engine.class)
class FeedQueriesTest {

    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    private final JdbcClient db;
    private final FeedRepository feeds;
    private final SitemapRepository sitemaps;
    private final long writer;

    FeedQueriesTest(Engine engine) {
        db = JdbcClient.create(engine.newMigratedDatabase());
        feeds = new FeedRepository(db);
        sitemaps = new SitemapRepository(db);
        writer = user("writer", "author");
    }

    @Test
    void listsPublishedReviewsNewestFirstByFilter() {
        long work = db.sql("INSERT INTO works (kind, slug, title, created_at) VALUES ('film', 'w', 'W', 0) RETURNING id")
                .query(Long.class).single();
        long older = post("older", "published", T, work);
        long newer = post("newer", "published", T.plusSeconds(60), null);
        post("draft", "draft", null, work);
        long term = term("category", "film");
        attach(older, term);

        assertThat(feeds.newest(Filter.ALL, 0, 10)).extracting(FeedPost::id).containsExactly(newer, older);
        assertThat(feeds.newest(Filter.TERM, term, 10)).extracting(FeedPost::id).containsExactly(older);
        assertThat(feeds.newest(Filter.WORK, work, 10)).extracting(FeedPost::id).containsExactly(older);
        assertThat(feeds.newest(Filter.AUTHOR, writer, 1)).extracting(FeedPost::id).containsExactly(newer);
        assertThat(feeds.termsOf(feeds.newest(Filter.ALL, 0, 10)).get(older)).extracting(FeedRepository.FiledUnder::slug)
                .containsExactly("film");
        assertThat(feeds.lastChange()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void findsWritersButNotReaders() {
        user("reader", "commenter");

        assertThat(feeds.writer("writer")).isPresent();
        assertThat(feeds.writer("reader")).isEmpty();
        assertThat(feeds.writer("nobody")).isEmpty();
    }

    @Test
    void countsAndPagesSitemapAddressesWithTheirLastChange() {
        long term = term("tag", "rain");
        for (int i = 0; i < 5; i++) {
            attach(post("p" + i, "published", T.plusSeconds(i), null), term);
        }
        post("hidden", "private", T, null);
        term("tag", "unused");

        var counts = sitemaps.counts();
        List<Part> plan = Sitemaps.plan(counts, 2);

        assertThat(counts.get(Kind.POSTS)).isEqualTo(5);
        assertThat(counts.get(Kind.TAGS)).isEqualTo(1);
        assertThat(counts.get(Kind.CATEGORIES)).isZero();
        Part last = Sitemaps.find(plan, "posts", 3).orElseThrow();
        assertThat(sitemaps.rows(last)).extracting(SitemapRepository.Row::slug).containsExactly("p4");
        assertThat(sitemaps.lastmod(Sitemaps.find(plan, "posts", 1).orElseThrow())).isEqualTo(T.plusSeconds(1));
        assertThat(sitemaps.lastmod(Sitemaps.find(plan, "tags", 1).orElseThrow())).isEqualTo(T.plusSeconds(4));
        assertThat(sitemaps.lastmod(Sitemaps.find(plan, "home", 1).orElseThrow())).isEqualTo(T.plusSeconds(4));
    }

    private long user(String login, String role) {
        return db.sql("""
                INSERT INTO users (login, email, display_name, role, created_at)
                VALUES (:login, :login || '@example.org', :login, :role, 0) RETURNING id""")
                .param("login", login).param("role", role).query(Long.class).single();
    }

    private long post(String slug, String status, Instant published, Long work) {
        return db.sql("""
                INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, work_id, published_at, created_at, updated_at)
                VALUES (:slug, :slug, '', '', '', :status, :author, :work, :published, 0, 0) RETURNING id""")
                .param("slug", slug).param("status", status).param("author", writer).param("work", work)
                .param("published", published == null ? null : published.toEpochMilli())
                .query(Long.class).single();
    }

    private long term(String taxonomy, String slug) {
        return db.sql("INSERT INTO terms (taxonomy, slug, name) VALUES (:taxonomy, :slug, :slug) RETURNING id")
                .param("taxonomy", taxonomy).param("slug", slug).query(Long.class).single();
    }

    private void attach(long post, long term) {
        db.sql("INSERT INTO post_terms (post_id, term_id) VALUES (:post, :term)").param("post", post).param("term", term).update();
    }
}
