package org.reelpress.search;

import java.time.Clock;

import org.reelpress.comment.DiscussionChanged;
import org.reelpress.post.PostChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step with the posts. Each change is written to the change log in the
 * writer's own transaction (so a committed change is never lost to the index, even if the process
 * dies right after the commit); once committed, this instance's index catches up at once, and
 * every other instance's within a second ({@link IndexCatchUp}).
 */
@Component
class IndexFollower {

    private final ChangeLog changes;
    private final IndexCatchUp catchUp;
    private final SearchProperties properties;
    private final Clock clock;

    IndexFollower(ChangeLog changes, IndexCatchUp catchUp, SearchProperties properties, Clock clock) {
        this.changes = changes;
        this.catchUp = catchUp;
        this.properties = properties;
        this.clock = clock;
    }

    // PostChanged → logged with the change; once committed, the post's document added, replaced or removed (drafts, private and trashed posts leave the index)
    @EventListener
    void on(PostChanged changed) {
        follow(changed.postId());
    }

    // DiscussionChanged (a comment posted, approved, unapproved, marked as spam, trashed, deleted or edited) → its post
    // logged; once committed, indexed again with the comments approved now, when comments are searched
    @EventListener
    void on(DiscussionChanged changed) {
        if (properties.comments()) {
            follow(changed.postId());
        }
    }

    private void follow(long postId) {
        changes.append(postId, clock.millis());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catchUp.now();
                }
            });
        } else {
            catchUp.now();
        }
    }
}
