package org.reelpress.notification;

import java.time.Clock;
import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The links in mail: confirm a subscription, end one. The token in the address is the only key. */
@Controller
class SubscriptionController {

    private final Subscriptions subscriptions;
    private final NoticedPosts posts;
    private final SettingsRepository settings;
    private final Clock clock;

    SubscriptionController(Subscriptions subscriptions, NoticedPosts posts, SettingsRepository settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.posts = posts;
        this.settings = settings;
        this.clock = clock;
    }

    // GET /subscriptions/{token}/confirm → the subscription confirmed, a page that says so; unknown token → 404
    @GetMapping("/subscriptions/{token}/confirm")
    ModelAndView confirm(@PathVariable String token) {
        Subscription subscription = find(token);
        if (!subscriptions.confirm(subscription.id(), clock.instant())) {
            return page(subscription, "You had unsubscribed",
                    "No mail about new comments on this review comes to %s. To hear of them again, tick “Notify me of follow-up comments” when you next comment there."
                            .formatted(subscription.email()), false);
        }
        return page(subscription, "You will hear of new comments on “%s”",
                "Each new comment comes to %s by mail, with a link to stop at any time.".formatted(subscription.email()), false);
    }

    // GET /subscriptions/{token}/unsubscribe → a page with the button that unsubscribes; unknown token → 404
    @GetMapping("/subscriptions/{token}/unsubscribe")
    ModelAndView askToUnsubscribe(@PathVariable String token) {
        Subscription subscription = find(token);
        if (subscription.unsubscribedAt() != null) {
            return unsubscribed(subscription);
        }
        return page(subscription, "Stop hearing of new comments on “%s”?",
                "No more mail about this review's comments will come to %s.".formatted(subscription.email()), true);
    }

    // POST /subscriptions/{token}/unsubscribe  (one-click from mail programs, RFC 8058: no CSRF token)
    // → unsubscribed, a page that says so; unknown token → 404
    @PostMapping("/subscriptions/{token}/unsubscribe")
    ModelAndView unsubscribe(@PathVariable String token) {
        Subscription subscription = find(token);
        subscriptions.unsubscribe(subscription.id(), clock.instant());
        return unsubscribed(subscription);
    }

    private ModelAndView unsubscribed(Subscription subscription) {
        return page(subscription, "You are unsubscribed",
                "You will hear no more of new comments on this review at %s.".formatted(subscription.email()), false);
    }

    private Subscription find(String token) {
        return subscriptions.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** {@code headline} may hold a %s for the post's title. */
    private ModelAndView page(Subscription subscription, String headline, String explanation, boolean askToUnsubscribe) {
        NoticedPost post = posts.find(subscription.postId()).orElse(null);
        String title = post == null ? "a review" : post.title();
        String heading = headline.formatted(title);
        SubscriptionPage page = new SubscriptionPage(Layout.of(settings.site(), heading), heading, explanation, title,
                post == null ? null : post.permalink(),
                askToUnsubscribe ? "/subscriptions/" + subscription.token() + "/unsubscribe" : null);
        return new ModelAndView("notification/subscription", Map.of("page", page));
    }
}
