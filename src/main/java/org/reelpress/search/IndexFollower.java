package org.reelpress.search;

import org.reelpress.comment.DiscussionChanged;
import org.reelpress.post.PostChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps the index in step with the posts: each change is read back from the database once it is committed. */
@Component
class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final SearchIndex index;
    private final SearchProperties properties;

    IndexFollower(SearchIndex index, SearchProperties properties) {
        this.index = index;
        this.properties = properties;
    }

    // PostChanged, once committed → the post's document added, replaced or removed (drafts, private and trashed posts leave the index)
    @TransactionalEventListener(fallbackExecution = true)
    void on(PostChanged changed) {
        follow(changed.postId());
    }

    // DiscussionChanged (a comment posted, approved, unapproved, marked as spam, trashed, deleted or edited), once committed
    // → its post indexed again with the comments approved now, when comments are searched
    @TransactionalEventListener(fallbackExecution = true)
    void on(DiscussionChanged changed) {
        if (properties.comments()) {
            follow(changed.postId());
        }
    }

    /** A failure here must not fail the writer's save, which is already committed: the index catches up at the next rebuild. */
    private void follow(long postId) {
        try {
            index.follow(postId);
        } catch (RuntimeException e) {
            log.error("The search index could not follow post {}; rebuild it from /admin/search", postId, e);
        }
    }
}
