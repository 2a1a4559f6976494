package org.reelpress;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.DiscussionChanged;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.NewComment;
import org.reelpress.identity.UserRepository;
import org.reelpress.post.Markdown;
import org.reelpress.post.NewPost;
import org.reelpress.post.Permalinks;
import org.reelpress.post.PostChanged;
import org.reelpress.post.PostRepository;
import org.reelpress.post.PostStatus;
import org.reelpress.post.Slugs;
import org.reelpress.site.SettingsRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;

/** Makes posts and comments straight through the repositories, each with a title of its own. */
@TestComponent
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PostRepository posts;
    private final CommentRepository comments;
    private final UserRepository users;
    private final SettingsRepository settings;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;

    Fixtures(PostRepository posts, CommentRepository comments, UserRepository users,
             SettingsRepository settings, Markdown markdown, ApplicationEventPublisher events) {
        this.events = events;
        this.posts = posts;
        this.comments = comments;
        this.users = users;
        this.settings = settings;
        this.markdown = markdown;
    }

    public record MadePost(long id, String title, String permalink) {
    }

    /** A published post without a work, titled {@code title} plus a number that makes it unique. */
    public MadePost post(String title, String markdownSource) {
        return post(title, markdownSource, Instant.now());
    }

    /** A published post as {@link #post(String, String)}, published at {@code now}. */
    public MadePost post(String title, String markdownSource, Instant now) {
        String unique = title + " " + SEQUENCE.incrementAndGet();
        long author = users.firstAdministrator().orElseThrow().id();
        long id = posts.create(new NewPost(Slugs.from(unique), unique, markdownSource, PostStatus.PUBLISHED,
                author, null, null, true, now), markdown.renderPost(markdownSource), now);
        events.publishEvent(new PostChanged(id)); // as the blog's own writing does, so caches follow
        return new MadePost(id, unique, Permalinks.of(settings.site(), id, Slugs.from(unique), now));
    }

    public long comment(MadePost post, Long parentId, String name, String body) {
        return comment(post, parentId, name, body, CommentStatus.APPROVED);
    }

    /** A guest's comment in any state; the guest's e-mail address is made from their name at example.com. */
    public long comment(MadePost post, Long parentId, String name, String body, CommentStatus status) {
        NewComment comment = NewComment.guest(post.id(), parentId, name, name.toLowerCase().replace(' ', '.') + "@example.com",
                "", body, "127.0.0.1", "test");
        long id = comments.add(comment, markdown.renderComment(body), status, Instant.now());
        events.publishEvent(new DiscussionChanged(post.id()));
        return id;
    }
}
