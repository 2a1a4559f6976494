package org.reelpress.cache;

import org.reelpress.post.PostChanged;
import org.reelpress.web.PageTags;
import org.reelpress.work.WorkChanged;
import org.reelpress.work.WorkRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A work's pages list its reviews. They are tagged with every post about the work, so a post that
 * stops being one (or changes) drops them by its own tag; this drops them when the work is edited
 * and when a post becomes one of its reviews, which the pages could not have named beforehand.
 */
@Component
class WorkPageInvalidation {

    private final PageCache cache;
    private final WorkRepository works;

    WorkPageInvalidation(PageCache cache, WorkRepository works) {
        this.cache = cache;
        this.works = works;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkChanged changed) {
        cache.evict(PageTags.work(changed.workId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostChanged changed) {
        works.workOf(changed.postId()).ifPresent(work -> cache.evict(PageTags.work(work)));
    }
}
