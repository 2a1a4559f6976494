package org.reelpress.comment;

import org.reelpress.identity.Commenter;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.Permission;
import org.reelpress.site.CommentSettings;
import org.springframework.stereotype.Component;

/** Decides whether a comment that passed the checks shows at once or waits for a moderator. */
@Component
class Moderation {

    private final CommentRepository comments;
    private final Commenters commenters;

    Moderation(CommentRepository comments, Commenters commenters) {
        this.comments = comments;
        this.commenters = commenters;
    }

    /**
     * Blocked accounts always wait; moderators never do; everyone else as the blog's policy says:
     * hold every comment, approve every comment, or (the default) hold a commenter's comments
     * until one of theirs has been approved.
     */
    CommentStatus statusFor(Commenter signedIn, String email, CommentSettings settings) {
        if (signedIn != null && signedIn.blocked()) {
            return CommentStatus.PENDING;
        }
        if (commenters.currentMay(Permission.MODERATE_COMMENTS)) {
            return CommentStatus.APPROVED;
        }
        return switch (settings.policy()) {
            case "approve_all" -> CommentStatus.APPROVED;
            case "hold_all" -> CommentStatus.PENDING;
            default -> comments.hasApprovedComment(signedIn == null ? null : signedIn.userId(), email)
                    ? CommentStatus.APPROVED : CommentStatus.PENDING;
        };
    }
}
