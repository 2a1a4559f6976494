package org.reelpress.comment;

import java.time.Clock;

import org.reelpress.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's comments stay in their threads, shown as a "Deleted user"'s with nothing that tells who. */
@Component
class DeletedAuthors {

    static final String NAME = "Deleted user";

    private final CommentRepository comments;
    private final Clock clock;

    DeletedAuthors(CommentRepository comments, Clock clock) {
        this.comments = comments;
        this.clock = clock;
    }

    /** Runs inside the deletion's transaction: the account is not gone unless its comments are scrubbed too. */
    @EventListener
    void forget(AccountDeleted deleted) {
        comments.forgetAuthor(deleted.userId(), NAME, clock.instant());
    }
}
