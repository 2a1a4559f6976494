package org.reelpress.notification;

import org.reelpress.site.Layout;

/**
 * What a reader sees after following a link from a mail. {@code unsubscribeAction} is the address
 * of the "Unsubscribe" button, or null when there is nothing to confirm; {@code permalink} is null
 * when the post is no longer published.
 */
public record SubscriptionPage(Layout layout, String headline, String explanation, String postTitle,
                               String permalink, String unsubscribeAction) {
}
