package org.reelpress.cache;

import org.reelpress.comment.DiscussionChanged;
import org.reelpress.identity.AccountDeleted;
import org.reelpress.post.PostChanged;
import org.reelpress.site.SettingsChanged;
import org.reelpress.web.PageTags;
import org.reelpress.work.WorkChanged;
import org.reelpress.work.WorkRepository;
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
    private final WorkRepository works;

    PageCacheInvalidation(PageCache cache, PageNotices notices, WorkRepository works) {
        this.cache = cache;
        this.notices = notices;
        this.works = works;
    }

    // PostChanged, once committed → the post's pages, every list and the page of the work it reviews now dropped, here
    // and on the other instances (a work's page is also tagged with each review it shows, so a review leaving it drops it too)
    @TransactionalEventListener(fallbackExecution = true)
    void on(PostChanged changed) {
        works.workOf(changed.postId()).ifPresentOrElse(
                work -> evict(PageTags.post(changed.postId()), PageTags.LISTS, PageTags.work(work)),
                () -> evict(PageTags.post(changed.postId()), PageTags.LISTS));
    }

    // WorkChanged, once committed → the work's page dropped, here and on the other instances
    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkChanged changed) {
        evict(PageTags.work(changed.workId()));
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
