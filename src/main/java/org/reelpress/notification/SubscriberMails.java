package org.reelpress.notification;

import java.time.Clock;

import org.reelpress.comment.CommentApproved;
import org.reelpress.comment.CommentPosted;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.CommentWithAuthor;
import org.reelpress.comment.FollowUpsRequested;
import org.reelpress.mail.Mail;
import org.reelpress.mail.Mailer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Readers who ticked "Notify me of follow-up comments": a confirmation mail first, then, once they
 * followed its link, a mail for each comment readers can see.
 */
@Component
class SubscriberMails {

    private final Mailer mailer;
    private final CommentRepository comments;
    private final NoticedPosts posts;
    private final Subscriptions subscriptions;
    private final SiteAddress site;
    private final Clock clock;

    SubscriberMails(Mailer mailer, CommentRepository comments, NoticedPosts posts, Subscriptions subscriptions,
                    SiteAddress site, Clock clock) {
        this.mailer = mailer;
        this.comments = comments;
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.site = site;
        this.clock = clock;
    }

    // FollowUpsRequested → a subscription waiting for confirmation and a mail with its link;
    // nothing when the address already hears of the post
    @EventListener
    void on(FollowUpsRequested requested) {
        if (!mailer.enabled()) {
            return;
        }
        NoticedPost post = posts.find(requested.postId()).orElse(null);
        if (post == null) {
            return;
        }
        Subscription subscription = subscriptions.request(post.id(), requested.email(), clock.instant());
        if (subscription.active()) {
            return;
        }
        mailer.queue(new Mail(subscription.email(), "Confirm: new comments on “" + post.title() + "”", """
                You asked to hear by mail of new comments on “%s”:
                %s

                To start, follow this link:
                %s

                If you did not ask for this, ignore this mail: you will get no other.
                """.formatted(post.title(), site.of(post.permalink()),
                site.of("/subscriptions/" + subscription.token() + "/confirm")), site.unsubscribe(subscription)));
    }

    // CommentPosted, approved at once → a mail to each confirmed subscriber of the post but the comment's author
    @EventListener
    void on(CommentPosted posted) {
        if (posted.status() == CommentStatus.APPROVED) {
            tellSubscribers(posted.commentId());
        }
    }

    // CommentApproved → the same, for a held comment a moderator let through
    @EventListener
    void on(CommentApproved approved) {
        tellSubscribers(approved.commentId());
    }

    private void tellSubscribers(long commentId) {
        if (!mailer.enabled()) {
            return;
        }
        CommentWithAuthor comment = comments.withAuthor(commentId).orElse(null);
        NoticedPost post = comment == null ? null : posts.find(comment.postId()).orElse(null);
        if (post == null) {
            return;
        }
        for (Subscription subscription : subscriptions.activeFor(post.id())) {
            // the post's author hears of every comment from AuthorMails already
            if (!subscription.email().equalsIgnoreCase(comment.authorEmail())
                    && !subscription.email().equalsIgnoreCase(post.authorEmail())) {
                mailer.queue(newComment(comment, post, subscription));
            }
        }
    }

    private Mail newComment(CommentWithAuthor comment, NoticedPost post, Subscription subscription) {
        return new Mail(subscription.email(), "New comment on “" + post.title() + "”", """
                %s commented on “%s”:

                %s

                Read it and reply: %s

                You get this mail because you asked to hear of new comments on this review. To stop: %s
                """.formatted(comment.authorName(), post.title(), comment.body(),
                site.of("/comments/" + comment.id()), site.unsubscribe(subscription)),
                site.unsubscribe(subscription));
    }
}
