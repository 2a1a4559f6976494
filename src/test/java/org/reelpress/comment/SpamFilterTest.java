package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.site.SettingsForTests;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass
@EnumSource(Engine.class)
class SpamFilterTest {

    private final JdbcClient db;
    private final CommentRepository comments;
    private final SpamFilter filter;

    SpamFilterTest(Engine engine) {
        db = JdbcClient.create(engine.newMigratedDatabase());
        comments = new CommentRepository(db, new Avatars(new Signatures(SettingsForTests.on(db))));
        filter = new SpamFilter(db, comments);
    }

    private void teach() {
        filter.learn("Cheap pills online, no prescription, fast shipping https://pills.example", true);
        filter.learn("Best casino bonus today, free spins, visit https://casino.example", true);
        filter.learn("Earn crypto fast, double your bitcoin, join now https://coins.example", true);
        filter.learn("최저가 비아그라 판매, 빠른 배송 https://pills.example", true);
        filter.learn("The long take in the second act is breathtaking; the score carries it.", false);
        filter.learn("I disagree about the ending, the director earns that silence.", false);
        filter.learn("Saw it at the festival, the cinematography is even better on a big screen.", false);
        filter.learn("이 영화의 마지막 장면은 정말 아름다웠어요. 감독의 연출이 좋네요.", false);
    }

    @Test
    void saysNothingUntilItHasSeenBothSpamAndGoodComments() {
        assertThat(filter.score("Cheap pills online")).isEmpty();

        filter.learn("Cheap pills online", true);

        assertThat(filter.score("Cheap pills online")).isEmpty();
    }

    @Test
    void scoresUnseenSpamHighAndUnseenGoodCommentsLow() {
        teach();

        assertThat(filter.score("Free casino spins and cheap pills, fast, visit https://casino.example now").orElseThrow())
                .isGreaterThan(BayesCheck.HOLD);
        assertThat(filter.score("비아그라 최저가 빠른 배송").orElseThrow()).isGreaterThan(BayesCheck.HOLD);
        assertThat(filter.score("The score in the final act is breathtaking, the director trusts silence.").orElseThrow())
                .isLessThan(0.1);
        assertThat(filter.score("마지막 장면의 연출이 아름다웠어요").orElseThrow()).isLessThan(0.1);
    }

    @Test
    void learnsFromAModeratorsJudgementOfAStoredComment() {
        teach();
        long author = db.sql("""
                INSERT INTO users (login, email, display_name, role, created_at)
                VALUES ('writer', 'writer@example.org', 'Writer', 'administrator', 0) RETURNING id""")
                .query(Long.class).single();
        long post = db.sql("""
                INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, created_at, updated_at)
                VALUES ('a-review', 'A review', '', '', '', 'published', :author, 0, 0) RETURNING id""")
                .param("author", author).query(Long.class).single();
        long spam = comments.add(NewComment.guest(post, null, "Bot", "bot@example.com", "https://loans.example",
                "Instant loans approved today", "192.0.2.1", "bot"), "", CommentStatus.PENDING, Instant.now());
        double before = filter.score("instant loans approved https://loans.example").orElseThrow();

        filter.judged(new CommentJudged(spam, true));

        assertThat(filter.score("instant loans approved https://loans.example").orElseThrow()).isGreaterThan(before);
    }
}
