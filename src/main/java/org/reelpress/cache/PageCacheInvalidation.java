package org.reelpress.cache;

import org.reelpress.comment.DiscussionChanged;
import org.reelpress.identity.AccountDeleted;
import org.reelpress.post.PostChanged;
import org.reelpress.web.PageTags;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops the pages a change touches once the change is committed (not before: a page rendered in
 * between would show the old state and be kept).
 */
@Component
class PageCacheInvalidation {

    private final PageCache cache;

    PageCacheInvalidation(PageCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostChanged changed) {
        cache.evict(PageTags.post(changed.postId()), PageTags.LISTS);
    }

    /** The post's pages, and the lists that show its number of comments and the newest comments. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DiscussionChanged changed) {
        cache.evict(PageTags.post(changed.postId()), PageTags.LISTS);
    }

    /** A deleted account's name leaves every comment it wrote, wherever it is shown. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountDeleted deleted) {
        cache.clear();
    }
}
