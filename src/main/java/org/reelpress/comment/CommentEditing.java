package org.reelpress.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.identity.Commenter;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.Permission;
import org.springframework.stereotype.Component;

/**
 * Who may change a comment after posting it: its author for a quarter of an hour (a signed-in
 * author by account, a guest from the browser they wrote it in), a moderator at any time.
 */
@Component
class CommentEditing {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Commenters commenters;
    private final OwnComments own;
    private final Clock clock;

    CommentEditing(Commenters commenters, OwnComments own, Clock clock) {
        this.commenters = commenters;
        this.own = own;
        this.clock = clock;
    }

    /** The reader of this request, looked up once however many comments are asked about. */
    record Reader(Commenter signedIn, boolean moderator, List<Long> writtenHere, Instant now) {

        boolean mayChange(Comment comment) {
            if (moderator) {
                return true;
            }
            if (comment.createdAt().plus(WINDOW).isBefore(now)) {
                return false;
            }
            return comment.userId() != null
                    ? signedIn != null && signedIn.userId() == comment.userId()
                    : writtenHere.contains(comment.id());
        }
    }

    Reader reader(HttpServletRequest request, Commenter signedIn) {
        return new Reader(signedIn, commenters.currentMay(Permission.MODERATE_COMMENTS), own.read(request), clock.instant());
    }

    Reader reader(HttpServletRequest request) {
        return reader(request, commenters.current().orElse(null));
    }
}
