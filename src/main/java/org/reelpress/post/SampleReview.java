package org.reelpress.post;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.NewComment;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserRepository;
import org.reelpress.work.NewWork;
import org.reelpress.work.WorkKind;
import org.reelpress.work.WorkRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh blog opens on a review, as a fresh WordPress opens on "Hello world": a silent film
 * in the public domain, with a short discussion under it, so the writer sees every part at work.
 * It is written once the beans are ready and before the web server takes its first request,
 * so no reader ever sees the blog empty.
 */
@Component
class SampleReview implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SampleReview.class);

    /** Who says what under the sample review; {@code replyTo} counts earlier lines from 1. */
    private record SampleComment(String name, String email, String url, Integer replyTo, int minutesAfter, String body) {
    }

    private static final List<SampleComment> COMMENTS = List.of(
            new SampleComment("Mina Park", "mina@example.org", "", null, 30,
                    "I saw the restoration with a live score last winter. For ten minutes I had no idea what was going on, and after that I could not look away."),
            new SampleComment("Jonas Weber", "jonas@example.net", "https://example.net/jonas", 1, 45,
                    "Same here. The spinning drums in the storm were the moment it clicked for me."),
            new SampleComment("Mina Park", "mina@example.org", "", 2, 60,
                    "Yes! As if the projector itself were spinning with them."),
            new SampleComment("Takeshi Mori", "takeshi@example.jp", "", null, 75,
                    "Thank you for hiding the ending. The masks hit much harder when you do not see them coming."),
            new SampleComment("서지우", "jiwoo@example.kr", "", null, 90,
                    "중간 자막이 하나도 없는데도 이야기가 다 이해됐어요. 편집만으로 이렇게 말할 수 있다니 놀랍네요."));

    private final PostRepository posts;
    private final TermRepository terms;
    private final WorkRepository works;
    private final UserRepository users;
    private final CommentRepository comments;
    private final Markdown markdown;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SampleReview(PostRepository posts, TermRepository terms, WorkRepository works, UserRepository users,
                 CommentRepository comments, Markdown markdown, TransactionTemplate transaction, Clock clock,
                 ApplicationEventPublisher events) {
        this.posts = posts;
        this.terms = terms;
        this.works = works;
        this.users = users;
        this.comments = comments;
        this.markdown = markdown;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.firstAdministrator().isEmpty() && posts.isEmpty()) {
            transaction.executeWithoutResult(status -> createSample());
            log.info("Created the sample review on this fresh blog");
        }
    }

    private void createSample() {
        Instant published = clock.instant().minus(Duration.ofHours(2));
        long admin = users.createUnclaimed("admin", "Admin", Role.ADMINISTRATOR, published);
        long work = works.create(new NewWork(WorkKind.FILM, "a-page-of-madness-1926", "A Page of Madness",
                "狂った一頁", 1926, "Teinosuke Kinugasa", "Japan"), published);
        String title = "A Page of Madness (狂った一頁)";
        String source = readSample("sample/a-page-of-madness.md");
        long post = posts.create(new NewPost(Slugs.from(title), title, source, PostStatus.PUBLISHED, admin, work, 9,
                true, published), markdown.renderPost(source), published);
        terms.attach(post, terms.findOrCreate(Taxonomy.CATEGORY, "Film"));
        for (String tag : List.of("Silent film", "Japanese cinema", "Public domain")) {
            terms.attach(post, terms.findOrCreate(Taxonomy.TAG, tag));
        }
        Map<Integer, Long> ids = new HashMap<>();
        for (int line = 1; line <= COMMENTS.size(); line++) {
            SampleComment c = COMMENTS.get(line - 1);
            NewComment comment = NewComment.guest(post, c.replyTo() == null ? null : ids.get(c.replyTo()),
                    c.name(), c.email(), c.url(), c.body(), null, "");
            ids.put(line, comments.add(comment, markdown.renderComment(c.body()), CommentStatus.APPROVED,
                    published.plus(Duration.ofMinutes(c.minutesAfter()))));
        }
        events.publishEvent(new PostChanged(post));
    }

    private static String readSample(String resource) {
        try (InputStream in = SampleReview.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The sample review " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
