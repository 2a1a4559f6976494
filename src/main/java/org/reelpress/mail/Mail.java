package org.reelpress.mail;

/**
 * A plain-text mail to one recipient. {@code unsubscribeUrl} is set on mail a reader subscribed
 * to; it becomes the one-click List-Unsubscribe header. Null otherwise.
 */
public record Mail(String recipient, String subject, String body, String unsubscribeUrl) {
}
