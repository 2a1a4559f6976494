package org.reelpress.cache;

import java.io.IOException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures;
import org.reelpress.post.PostChanged;
import org.reelpress.work.WorkChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "reelpress.page-cache.enabled=true")
class CachingWorkAndAuthorPagesTest extends BlogTest {

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    private long work(String title) {
        return db.sql("""
                INSERT INTO works (kind, slug, title, created_at) VALUES ('film', :slug, :title, 0) RETURNING id""")
                .param("slug", title.toLowerCase().replace(' ', '-')).param("title", title).query(Long.class).single();
    }

    private String workPage(long work) {
        return "/works/" + db.sql("SELECT slug FROM works WHERE id = :id").param("id", work).query(String.class).single() + "/";
    }

    /** Files the post under the work, as the editor does when a writer picks it, and says so. */
    private void review(MadePost post, long work) {
        db.sql("UPDATE posts SET work_id = :work WHERE id = :id").param("work", work).param("id", post.id()).update();
        events.publishEvent(new PostChanged(post.id()));
    }

    @Nested
    class WorkPages {

        @Test
        void aSecondReaderGetsTheWorkPageWithoutTouchingTheDatabase() {
            long work = work("Kept Film " + System.nanoTime());
            review(fixtures.post("Kept review", "Text."), work);
            String page = workPage(work);
            get(page);

            long before = statements.count();
            String second = get(page).text();

            assertThat(statements.count() - before).isZero();
            assertThat(second).contains("Kept review");
        }

        @Test
        void aPostThatBecomesAReviewOfTheWorkShowsOnItsPageAtOnce() {
            long work = work("Newly Reviewed " + System.nanoTime());
            assertThat(get(workPage(work)).text()).doesNotContain("Late review");
            MadePost post = fixtures.post("Late review", "Text.");

            review(post, work);

            assertThat(get(workPage(work)).text()).contains(post.title());
        }

        @Test
        void aReviewRefiledUnderAnotherWorkLeavesTheFirstWorksPage() {
            long first = work("First Film " + System.nanoTime());
            long second = work("Second Film " + System.nanoTime());
            MadePost post = fixtures.post("Refiled review", "Text.");
            review(post, first);
            assertThat(get(workPage(first)).text()).contains(post.title());
            assertThat(get(workPage(second)).text()).doesNotContain(post.title());

            review(post, second);

            assertThat(get(workPage(first)).text()).doesNotContain(post.title());
            assertThat(get(workPage(second)).text()).contains(post.title());
        }

        @Test
        void anUnpublishedReviewLeavesTheWorksPage() {
            long work = work("Withdrawn Film " + System.nanoTime());
            MadePost post = fixtures.post("Withdrawn review", "Text.");
            review(post, work);
            assertThat(get(workPage(work)).text()).contains(post.title());

            db.sql("UPDATE posts SET status = 'draft' WHERE id = :id").param("id", post.id()).update();
            events.publishEvent(new PostChanged(post.id()));

            assertThat(get(workPage(work)).text()).doesNotContain(post.title());
        }

        @Test
        void anEditedWorkShowsOnItsPageEvenWithoutReviews() {
            long work = work("Working Title " + System.nanoTime());
            assertThat(get(workPage(work)).text()).contains("Working Title");

            db.sql("UPDATE works SET title = 'Release Title' WHERE id = :id").param("id", work).update();
            events.publishEvent(new WorkChanged(work)); // as the works page announces an edit

            assertThat(get(workPage(work)).text()).contains("Release Title").doesNotContain("Working Title");
        }

        @Test
        void aChangeToAnotherWorksReviewKeepsThePage() {
            long work = work("Untouched Film " + System.nanoTime());
            review(fixtures.post("Untouched review", "Text."), work);
            MadePost elsewhere = fixtures.post("Elsewhere", "Text.");
            review(elsewhere, work("Other Film " + System.nanoTime()));
            String page = workPage(work);
            get(page);

            events.publishEvent(new PostChanged(elsewhere.id()));
            long before = statements.count();
            get(page);

            assertThat(statements.count() - before).isZero();
        }
    }

    @Nested
    class AuthorPages {

        private String authorPage(UserFixtures.Account writer) {
            return "/author/" + writer.login() + "/";
        }

        private MadePost postBy(UserFixtures.Account writer, String title) {
            MadePost post = fixtures.post(title, "Text.");
            db.sql("UPDATE posts SET author_id = :author WHERE id = :id").param("author", writer.id()).param("id", post.id()).update();
            events.publishEvent(new PostChanged(post.id()));
            return post;
        }

        @Test
        void aSecondReaderGetsTheAuthorPageWithoutTouchingTheDatabase() {
            UserFixtures.Account writer = users.create(Role.AUTHOR, "Kept Writer");
            postBy(writer, "By a kept writer");
            get(authorPage(writer));

            long before = statements.count();
            String second = get(authorPage(writer)).text();

            assertThat(statements.count() - before).isZero();
            assertThat(second).contains("By a kept writer");
        }

        @Test
        void aNewPostAndANewCommentShowOnTheAuthorsPageAtOnce() throws IOException {
            UserFixtures.Account writer = users.create(Role.AUTHOR, "Busy Writer");
            MadePost first = postBy(writer, "First by a busy writer");
            assertThat(get(authorPage(writer)).text()).contains(first.title()).contains("No thoughts");

            MadePost second = postBy(writer, "Second by a busy writer");
            fixtures.comment(first, null, "Reader", "Counted at once.");

            String page = get(authorPage(writer)).text();
            assertThat(page).contains(second.title()).contains("One thought");
        }
    }
}
