package org.reelpress.post;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.reelpress.comment.CommentTarget;
import org.reelpress.comment.CommentTargets;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the comments feature which published posts take comments, and where they live. */
@Component
class PostCommentTargets implements CommentTargets {

    private final PostRepository posts;
    private final SettingsRepository settings;
    private final Clock clock;

    private final PageRepository pages;

    PostCommentTargets(PostRepository posts, PageRepository pages, SettingsRepository settings, Clock clock) {
        this.posts = posts;
        this.pages = pages;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Every comment asks for its post: the published posts and pages commented on lately are kept
     * (without their open state, which depends on the hour) until they change.
     */
    private final Cache<Long, Optional<Post>> recent = Caffeine.newBuilder().maximumSize(1_000).build();

    @Override
    public Optional<CommentTarget> find(long postId) {
        SiteSettings site = settings.site();
        Optional<Post> post = recent.get(postId, id -> posts.findPublished(id));
        if (post.isPresent()) {
            return post.map(found -> of(found, site));
        }
        return pages.findPublished(List.of(postId)).stream().findFirst().map(page -> ofPage(page, site));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostChanged changed) {
        recent.invalidate(changed.postId());
    }

    @Override
    public Map<Long, CommentTarget> findAll(Collection<Long> postIds) {
        SiteSettings site = settings.site();
        Map<Long, CommentTarget> found = posts.findPublished(postIds).stream()
                .map(post -> of(post, site))
                .collect(Collectors.toMap(CommentTarget::postId, Function.identity()));
        List<Long> others = postIds.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        pages.findPublished(others).forEach(page -> found.put(page.id(), ofPage(page, site)));
        return found;
    }

    /**
     * A post takes comments while its writer leaves them open and, when the blog closes
     * discussions after some days, until that many days after it was published.
     */
    CommentTarget of(Post post, SiteSettings site) {
        boolean open = post.commentsOpen() && site.comments().stillOpen(post.publishedAt(), clock.instant());
        return new CommentTarget(post.id(), post.title(), open, Permalinks.of(site, post.id(), post.slug(), post.publishedAt()));
    }

    /** A page takes comments by the same rules as a post, at its own address. */
    CommentTarget ofPage(Post page, SiteSettings site) {
        boolean open = page.commentsOpen() && site.comments().stillOpen(page.publishedAt(), clock.instant());
        return new CommentTarget(page.id(), page.title(), open, Permalinks.ofPage(page.slug()));
    }
}
