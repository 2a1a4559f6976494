package org.reelpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.DiscussionChanged;
import org.reelpress.identity.Role;
import org.reelpress.post.Markdown;
import org.reelpress.post.PostChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A blog that searches its readers' comments: the index follows each comment in and out of the discussion. */
@TestPropertySource(properties = {"reelpress.test.blog=search-comments", "reelpress.search.comments=true"})
class FindingCommentsTest extends BlogTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient db;

    @Autowired
    Markdown markdown;

    /** A made-up word found in no other post or comment. */
    private static String word() {
        StringBuilder word = new StringBuilder("z");
        for (int i = 0; i < 11; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private MadePost published(String title) {
        MadePost post = fixtures.post(title, "A review with nothing unusual in it.");
        events.publishEvent(new PostChanged(post.id()));
        return post;
    }

    private List<String> found(String words) {
        return get("/?s=" + words).select(".search-hits h2").eachText();
    }

    @Test
    void findsAReviewByAWordOfAnApprovedComment() {
        String word = word();
        MadePost post = published("Talked about");

        fixtures.comment(post, null, "Ada", "I keep thinking about " + word + ".");

        assertThat(found(word)).containsExactly(post.title());
    }

    @Test
    void followsAnEditOfACommentsText() {
        String before = word();
        String after = word();
        MadePost post = published("Comment edited");
        long id = fixtures.comment(post, null, "Ada", "First said " + before + ".");
        assertThat(found(before)).containsExactly(post.title());

        String text = "Then said " + after + ".";
        db.sql("UPDATE comments SET body = :body, body_html = :html WHERE id = :id")
                .param("body", text).param("html", markdown.renderComment(text)).param("id", id).update();
        events.publishEvent(new DiscussionChanged(post.id()));

        assertThat(found(before)).isEmpty();
        assertThat(found(after)).containsExactly(post.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unapprove", "spam", "trash"})
    void dropsACommentAModeratorTakesOutOfTheDiscussion(String action) {
        String word = word();
        MadePost post = published("Moderated away by " + action);
        long id = fixtures.comment(post, null, "Bea", "Words: " + word);
        assertThat(found(word)).containsExactly(post.title());
        Connection moderator = signedIn(users.create(Role.EDITOR, "Moderator " + action));

        moderate(moderator, id, action);

        assertThat(found(word)).isEmpty();
        moderate(moderator, id, "approve");
        assertThat(found(word)).as("approved again").containsExactly(post.title());
    }

    @Test
    void dropsACommentDeletedForGood() {
        String word = word();
        MadePost post = published("Deleted for good");
        long id = fixtures.comment(post, null, "Cy", "Words: " + word);
        Connection moderator = signedIn(users.create(Role.EDITOR, "Deleting moderator"));
        moderate(moderator, id, "trash");

        moderate(moderator, id, "delete");

        assertThat(found(word)).isEmpty();
        assertThat(db.sql("SELECT COUNT(*) FROM comments WHERE id = :id").param("id", id).query(Integer.class).single()).isZero();
    }

    @Test
    void neverFindsAHeldComment() {
        String word = word();
        MadePost post = published("Held back");

        fixtures.comment(post, null, "Dee", "Waiting: " + word, CommentStatus.PENDING);

        assertThat(found(word)).isEmpty();
    }

    /** Presses a comment's button on the moderation page, as a moderator does. */
    private void moderate(Connection moderator, long id, String action) {
        try {
            Document list = moderator.newRequest(url("/admin/comments?status=all")).get();
            Connection.Response done = moderator.newRequest(url("/admin/comments/" + id + "/" + action))
                    .method(Connection.Method.POST).data("_csrf", list.selectFirst("input[name=_csrf]").val()).execute();
            assertThat(done.statusCode()).as(action).isEqualTo(303);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
