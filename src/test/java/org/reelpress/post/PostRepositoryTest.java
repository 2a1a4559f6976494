package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass
@EnumSource(Engine.class)
class PostRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final JdbcClient db;
    private final PostRepository posts;
    private final long author;

    PostRepositoryTest(Engine engine) {
        db = JdbcClient.create(engine.newMigratedDatabase());
        posts = new PostRepository(db);
        author = db.sql("""
                INSERT INTO users (login, email, display_name, role, created_at)
                VALUES ('writer', 'writer@example.org', 'Writer', 'administrator', 0) RETURNING id""")
                .query(Long.class).single();
    }

    @Test
    void countsOnlyPublishedPostsAndApprovedComments() {
        long published = create("Seen", PostStatus.PUBLISHED, NOW);
        create("Unfinished", PostStatus.DRAFT, null);
        create("Thrown away", PostStatus.TRASH, NOW);
        for (String status : new String[] {"approved", "approved", "pending", "spam", "trash"}) {
            comment(published, status);
        }

        assertThat(posts.countPublished()).isEqualTo(1);
        assertThat(posts.newest(0, 10)).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(published);
            assertThat(summary.commentCount()).isEqualTo(2);
        });
    }

    @Test
    void findsAPostByItsUnicodeSlugWhateverTheNormalization() {
        String composed = Slugs.from("7번방의 선물");
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        long id = create("7번방의 선물", PostStatus.PUBLISHED, NOW);

        assertThat(posts.findPublished(decomposed)).get().extracting(Post::id, Post::slug).containsExactly(id, composed);
        assertThat(posts.findPublished(composed)).get().extracting(Post::id).isEqualTo(id);
    }

    @Test
    void keepsUnicodeTitlesIntact() {
        for (String title : new String[] {"7번방의 선물", "狂った一頁", "Popcorn night 🍿🎬", "Amélie, naïve café"}) {
            long id = create(title, PostStatus.PUBLISHED, NOW);

            Post post = posts.findPublished(id).orElseThrow();

            assertThat(post.title()).isEqualTo(title);
            assertThat(post.html()).isEqualTo("<p>" + title + "</p>");
        }
    }

    @Test
    void readsAReviewWithItsWorkAuthorAndRating() {
        long work = db.sql("""
                INSERT INTO works (kind, slug, title, original_title, year, creator, country, created_at)
                VALUES ('film', 'a-page-of-madness-1926', 'A Page of Madness', '狂った一頁', 1926, 'Teinosuke Kinugasa', 'Japan', 0)
                RETURNING id""").query(Long.class).single();
        long id = posts.create(new NewPost("a-page-of-madness", "A Page of Madness", "Text.", PostStatus.PUBLISHED,
                author, work, 9, false, NOW), new RenderedPost("<p>Text.</p>", "Text."), NOW);

        Post post = posts.findPublished(id).orElseThrow();

        assertThat(post.authorName()).isEqualTo("Writer");
        assertThat(post.work().id()).isEqualTo(work);
        assertThat(post.work().line()).isEqualTo("Film · 狂った一頁 · 1926 · directed by Teinosuke Kinugasa · Japan");
        assertThat(post.rating().halves()).isEqualTo(9);
        assertThat(post.commentsOpen()).isFalse();
        assertThat(post.publishedAt()).isEqualTo(NOW);
        assertThat(posts.findPublished(create("No work", PostStatus.PUBLISHED, NOW)).orElseThrow())
                .satisfies(plain -> assertThat(plain.work()).isNull(), plain -> assertThat(plain.rating()).isNull());
    }

    @Test
    void listsTheNewestFirstAPageAtATime() {
        long oldest = create("Oldest", PostStatus.PUBLISHED, NOW.minus(Duration.ofDays(2)));
        long newest = create("Newest", PostStatus.PUBLISHED, NOW);
        long middle = create("Middle", PostStatus.PUBLISHED, NOW.minus(Duration.ofDays(1)));

        assertThat(posts.newest(0, 2)).extracting(PostSummary::id).containsExactly(newest, middle);
        assertThat(posts.newest(2, 2)).extracting(PostSummary::id).containsExactly(oldest);
    }

    @Test
    void listsAndCountsOnlyThePostsFiledUnderATerm() {
        TermRepository terms = new TermRepository(db);
        Term silent = terms.findOrCreate(Taxonomy.TAG, "Silent film");
        long filed = create("Filed", PostStatus.PUBLISHED, NOW);
        long draft = create("Filed draft", PostStatus.DRAFT, null);
        create("Not filed", PostStatus.PUBLISHED, NOW);
        terms.attach(filed, silent);
        terms.attach(draft, silent);

        assertThat(posts.newestIn(silent, 0, 10)).extracting(PostSummary::id).containsExactly(filed);
        assertThat(posts.countPublishedIn(silent)).isEqualTo(1);
    }

    private long create(String title, PostStatus status, Instant publishedAt) {
        return posts.create(new NewPost(Slugs.from(title), title, title, status, author, null, null, true, publishedAt),
                new RenderedPost("<p>" + title + "</p>", title), NOW);
    }

    private void comment(long post, String status) {
        db.sql("""
                INSERT INTO comments (post_id, depth, path, author_name, author_email, body, body_html, status, created_at)
                VALUES (:post, 1, '', 'Ana', 'ana@example.org', 'Hi', '<p>Hi</p>', :status, 0)""")
                .param("post", post).param("status", status).update();
    }
}
