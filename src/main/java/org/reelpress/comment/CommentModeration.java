package org.reelpress.comment;

import java.util.Collection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's decisions on comments, one or many at a time. Approving one announces it, and
 * approving or marking as spam teaches the learning filter.
 */
@Service
class CommentModeration {

    /** How a decision went: how many comments changed, were not found, or could not take it. */
    record Outcome(ModerationAction action, int changed, int missing, int refused) {

        /** "2 comments approved.", with what was left undone. */
        String message() {
            if (changed + missing + refused == 0) {
                return "No comments were selected.";
            }
            StringBuilder message = new StringBuilder(changed == 1 ? "1 comment " : changed + " comments ")
                    .append(action.done()).append('.');
            if (missing > 0) {
                message.append(missing == 1 ? " 1 comment was" : " " + missing + " comments were").append(" not found.");
            }
            if (refused > 0) {
                message.append(refused == 1 ? " 1 comment was" : " " + refused + " comments were")
                        .append(" left alone: only comments in spam or the trash can be deleted.");
            }
            return message.toString();
        }
    }

    private final CommentRepository comments;
    private final ApplicationEventPublisher events;

    CommentModeration(CommentRepository comments, ApplicationEventPublisher events) {
        this.comments = comments;
        this.events = events;
    }

    /** One transaction: the new statuses and whatever the listeners of {@link CommentApproved} write. */
    @Transactional
    Outcome apply(ModerationAction action, Collection<Long> ids) {
        int changed = 0;
        int missing = 0;
        int refused = 0;
        for (long id : ids.stream().distinct().toList()) {
            Comment comment = comments.find(id).orElse(null);
            if (comment != null) {
                events.publishEvent(new DiscussionChanged(comment.postId()));
            }
            if (comment == null) {
                missing++;
            } else if (action == ModerationAction.DELETE) {
                if (comments.deleteFromSpamOrTrash(id)) {
                    changed++;
                } else {
                    refused++;
                }
            } else {
                comments.setStatus(id, action.result());
                changed++;
                if (action.result() == CommentStatus.APPROVED && comment.status() != CommentStatus.APPROVED) {
                    events.publishEvent(new CommentApproved(id, comment.postId()));
                    events.publishEvent(new CommentJudged(id, false));
                } else if (action.result() == CommentStatus.SPAM && comment.status() != CommentStatus.SPAM) {
                    events.publishEvent(new CommentJudged(id, true));
                }
            }
        }
        return new Outcome(action, changed, missing, refused);
    }
}
