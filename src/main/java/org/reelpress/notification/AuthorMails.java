package org.reelpress.notification;

import java.time.Clock;

import org.reelpress.comment.CommentPosted;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.CommentWithAuthor;
import org.reelpress.mail.Mail;
import org.reelpress.mail.Mailer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a post's author of every comment left on it, and of those that wait for their moderation. */
@Component
class AuthorMails {

    private final Mailer mailer;
    private final CommentRepository comments;
    private final NoticedPosts posts;
    private final Subscriptions subscriptions;
    private final SiteAddress site;
    private final Clock clock;

    AuthorMails(Mailer mailer, CommentRepository comments, NoticedPosts posts, Subscriptions subscriptions,
                SiteAddress site, Clock clock) {
        this.mailer = mailer;
        this.comments = comments;
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.site = site;
        this.clock = clock;
    }

    // CommentPosted → a mail to the post's author, "New comment" or "awaits your moderation";
    // none for their own comment, none once they unsubscribed from the post
    @EventListener
    void on(CommentPosted posted) {
        if (!mailer.enabled()) {
            return;
        }
        CommentWithAuthor comment = comments.withAuthor(posted.commentId()).orElse(null);
        NoticedPost post = posts.find(posted.postId()).orElse(null);
        if (comment == null || post == null || post.authorEmail() == null || wroteItThemselves(comment, post)) {
            return;
        }
        Subscription own = subscriptions.ofAuthor(post.id(), post.authorEmail(), clock.instant());
        if (!own.active()) {
            return;
        }
        mailer.queue(posted.status() == CommentStatus.APPROVED ? approved(comment, post, own) : held(comment, post, own));
    }

    private Mail approved(CommentWithAuthor comment, NoticedPost post, Subscription own) {
        return new Mail(post.authorEmail(), "New comment on “" + post.title() + "”", """
                %s commented on “%s”:

                %s

                Read it and reply: %s

                You get this mail because you wrote the review. To hear no more of its comments: %s
                """.formatted(comment.authorName(), post.title(), comment.body(),
                site.of("/comments/" + comment.id()), site.unsubscribe(own)),
                site.unsubscribe(own));
    }

    private Mail held(CommentWithAuthor comment, NoticedPost post, Subscription own) {
        return new Mail(post.authorEmail(), "A comment awaits your moderation on “" + post.title() + "”", """
                %s commented on “%s”, and the comment waits for a moderator before readers see it:

                %s

                Approve or remove it: %s

                You get this mail because you wrote the review. To hear no more of its comments: %s
                """.formatted(comment.authorName(), post.title(), comment.body(), site.of("/admin/comments"),
                site.unsubscribe(own)), site.unsubscribe(own));
    }

    private static boolean wroteItThemselves(CommentWithAuthor comment, NoticedPost post) {
        return (comment.userId() != null && comment.userId().equals(post.authorId()))
                || comment.authorEmail().equalsIgnoreCase(post.authorEmail());
    }
}
