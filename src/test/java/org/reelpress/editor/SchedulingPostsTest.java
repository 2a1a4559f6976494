package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.post.PostChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Scheduled posts go live when their time comes, and at startup for those whose time passed while the blog was down. */
@RecordApplicationEvents
class SchedulingPostsTest extends BlogTest {

    @Autowired
    ScheduledPublishing scheduler;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEvents events;

    /** A post made published, then turned back into one scheduled at {@code at}, as the editor stores it. */
    private MadePost scheduledAt(String title, Instant at) {
        MadePost post = fixtures.post(title, "Soon.", at);
        db.sql("UPDATE posts SET status = 'scheduled', published_at = :at WHERE id = :id")
                .param("at", at.toEpochMilli()).param("id", post.id()).update();
        return post;
    }

    private boolean onFrontPage(MadePost post) {
        return get("/").select("article.summary h2").eachText().contains(post.title());
    }

    @Test
    void catchesUpAtStartupOnAPostWhoseTimePassedWhileTheBlogWasDownAndAnnouncesItOnce() {
        MadePost overdue = scheduledAt("Due while down", Instant.now().minus(Duration.ofHours(3)));
        assertThat(get(overdue.permalink()).connection().response().statusCode()).isEqualTo(404);

        long announcedBefore = events.stream(PostChanged.class).filter(e -> e.postId() == overdue.id()).count();

        scheduler.catchUpAtStartup();

        assertThat(get(overdue.permalink()).selectFirst("h1").text()).isEqualTo(overdue.title());
        assertThat(events.stream(PostChanged.class).filter(e -> e.postId() == overdue.id())).hasSize((int) announcedBefore + 1);
        assertThat(scheduler.publishDue()).doesNotContain(overdue.id());
        assertThat(events.stream(PostChanged.class).filter(e -> e.postId() == overdue.id())).hasSize((int) announcedBefore + 1);
    }

    @Test
    void leavesAPostScheduledForLaterWaiting() {
        MadePost later = scheduledAt("Not yet due", Instant.now().plus(Duration.ofHours(2)));
        assertThat(scheduler.publishDue()).doesNotContain(later.id());
        assertThat(get(later.permalink()).connection().response().statusCode()).isEqualTo(404);
        assertThat(onFrontPage(later)).isFalse();
    }

    @Test
    void publishingAScheduledPostFromTheListPutsItLiveNowNotAtItsLaterTime() {
        MadePost later = scheduledAt("Published early", Instant.now().plus(Duration.ofDays(40)));
        var editor = new EditorSession(signedIn(users.create(org.reelpress.identity.Role.EDITOR, "Editor")), url(""));
        var list = editor.get("/admin/posts");
        editor.post("/admin/posts/bulk", list, "ids", String.valueOf(later.id()), "action", "publish");
        assertThat(onFrontPage(later)).isTrue();
        long publishedAt = db.sql("SELECT published_at FROM posts WHERE id = :id").param("id", later.id())
                .query(Long.class).single();
        assertThat(Instant.ofEpochMilli(publishedAt)).isBefore(Instant.now().plusSeconds(1));
    }
}
