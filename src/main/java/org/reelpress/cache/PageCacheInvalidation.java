package org.reelpress.cache;

import org.reelpress.comment.DiscussionChanged;
import org.reelpress.identity.AccountDeleted;
import org.reelpress.post.PostChanged;
import org.reelpress.site.SettingsChanged;
import org.reelpress.web.PageTags;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops the pages a change touches once the change is committed (not before: a page rendered in
 * between would show the old state and be kept), here and, through {@link PageNotices}, on every
 * other instance sharing the database.
 */
@Component
class PageCacheInvalidation {

    private final PageCache cache;
    private final PageNotices notices;

    PageCacheInvalidation(PageCache cache, PageNotices notices) {
        this.cache = cache;
        this.notices = notices;
    }

    // PostChanged, once committed → the post's pages and every list dropped, here and on the other instances
    @TransactionalEventListener(fallbackExecution = true)
    void on(PostChanged changed) {
        evict(PageTags.post(changed.postId()), PageTags.LISTS);
    }

    // DiscussionChanged, once committed → the post's pages and the lists that show its number of comments and the newest comments
    @TransactionalEventListener(fallbackExecution = true)
    void on(DiscussionChanged changed) {
        evict(PageTags.post(changed.postId()), PageTags.LISTS);
    }

    // AccountDeleted, once committed → every page dropped everywhere: its name leaves every comment it wrote
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountDeleted deleted) {
        cache.clear();
        notices.cleared();
    }

    // SettingsChanged → the other instances read the settings again at once (pages here notice by themselves: each is kept with the settings it was made with)
    @TransactionalEventListener(fallbackExecution = true)
    void on(SettingsChanged changed) {
        notices.settingsChanged();
    }

    private void evict(String... tags) {
        cache.evict(tags);
        notices.evicted(tags);
    }
}
