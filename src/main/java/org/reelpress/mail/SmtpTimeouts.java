package org.reelpress.mail;

import java.time.Duration;
import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Bounds each SMTP conversation to {@code sendLimit}, which the sender derives from its claim on the
 * mail, so that no send outlasts the claim and another instance never sends the same mail meanwhile.
 * JavaMail's connect, read and write timeouts are set no longer than the limit (a shorter one
 * configured through spring.mail.properties stays), and its sockets close themselves at the limit.
 */
final class SmtpTimeouts {

    private static final String[] PROTOCOLS = {"mail.smtp", "mail.smtps"};
    private static final String[] TIMEOUTS = {"connectiontimeout", "timeout", "writetimeout"};

    private SmtpTimeouts() {
    }

    static void boundEachSend(JavaMailSenderImpl smtp, Duration sendLimit) {
        Properties properties = new Properties();
        properties.putAll(smtp.getJavaMailProperties());
        long limit = sendLimit.toMillis();
        for (String protocol : PROTOCOLS) {
            for (String timeout : TIMEOUTS) {
                String key = protocol + "." + timeout;
                long configured = parse(properties.getProperty(key));
                properties.setProperty(key, String.valueOf(configured > 0 ? Math.min(configured, limit) : limit));
            }
            if (!properties.containsKey(protocol + ".socketFactory") && !properties.containsKey(protocol + ".socketFactory.class")) {
                properties.put(protocol + ".socketFactory", new ShortLivedSockets(sendLimit));
            }
        }
        // a new Session is made from these on the next send
        smtp.setJavaMailProperties(properties);
    }

    private static long parse(String millis) {
        try {
            return millis == null ? -1 : Long.parseLong(millis.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
