package org.reelpress.mail;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Where features hand over mail. With no SMTP host configured ({@code spring.mail.host}) the blog
 * sends no mail at all, and this says so rather than queueing mail nobody will send.
 */
@Component
public class Mailer {

    private final Outbox outbox;
    private final Clock clock;
    private final boolean enabled;

    Mailer(Outbox outbox, Clock clock, ObjectProvider<JavaMailSender> smtp) {
        this.outbox = outbox;
        this.clock = clock;
        this.enabled = smtp.getIfAvailable() != null;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Queues the mail for the background sender; nothing is sent before the caller's transaction commits. */
    public void queue(Mail mail) {
        if (enabled) {
            outbox.add(mail, clock.instant());
        }
    }
}
