package org.reelpress.mail;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail in the background. A mail that fails is tried again later, waiting twice as
 * long each time (one minute, two, four … at most six hours), and given up after twelve tries.
 * {@code reelpress.mail.first-retry} sets the first wait (one minute unless set).
 * <p>
 * A sender claims a batch for {@code reelpress.mail.claim} (two minutes); once the claim runs out,
 * another instance may take the mails. So each send is bounded to a quarter of the claim (JavaMail's
 * timeouts and sockets, {@link SmtpTimeouts}), a mail is begun only while two such quarters remain,
 * and the mails of a batch not begun by then go back to the queue for whoever comes next.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final JavaMailSender smtp;
    private final Clock clock;
    private final String from;
    private final Duration firstRetry;
    private final Duration claim;
    private final Duration sendLimit;
    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    OutboxSender(Outbox outbox, JavaMailSender smtp, Clock clock,
                 @Value("${reelpress.mail.from:reelpress@localhost}") String from,
                 @Value("${reelpress.mail.first-retry:1m}") Duration firstRetry,
                 @Value("${reelpress.mail.claim:2m}") Duration claim) {
        if (claim.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("reelpress.mail.claim must be a second or longer, not " + claim);
        }
        this.outbox = outbox;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
        this.firstRetry = firstRetry;
        this.claim = claim;
        this.sendLimit = claim.dividedBy(4);
        if (smtp instanceof JavaMailSenderImpl javaMail) {
            SmtpTimeouts.boundEachSend(javaMail, sendLimit);
        } else {
            log.warn("The mail sender is a {}, whose sends cannot be bounded; a send longer than {} may be repeated",
                    smtp.getClass().getName(), claim);
        }
    }

    @Scheduled(fixedDelayString = "${reelpress.mail.poll-interval:5s}", initialDelayString = "${reelpress.mail.poll-interval:5s}")
    void sendDue() {
        Instant now = clock.instant();
        Instant claimedUntil = now.plus(claim);
        List<Outbox.Queued> batch = outbox.claimDue(name, now, claimedUntil, BATCH);
        for (int i = 0; i < batch.size(); i++) {
            // a send ends within sendLimit; the second one is room for recording it and for clocks
            // that differ between instances
            if (clock.instant().plus(sendLimit.multipliedBy(2)).isAfter(claimedUntil)) {
                List<Outbox.Queued> rest = batch.subList(i, batch.size());
                rest.forEach(queued -> outbox.release(queued.id(), name));
                log.info("Gave {} mails back to the outbox: the claim on them was running out", rest.size());
                return;
            }
            Outbox.Queued queued = batch.get(i);
            try {
                smtp.send(message(queued.mail()));
                outbox.sent(queued.id(), clock.instant());
            } catch (MailSendException e) {
                if (e.getFailedMessages().isEmpty()) {
                    // the server took the mail and only hanging up failed (the socket's life may have
                    // ended during QUIT): sending it again would send it twice
                    outbox.sent(queued.id(), clock.instant());
                } else {
                    failed(queued, e);
                }
            } catch (MailException | MessagingException e) {
                failed(queued, e);
            }
        }
    }

    private void failed(Outbox.Queued queued, Exception e) {
        Instant retry = queued.attempts() + 1 >= MAX_ATTEMPTS ? null : clock.instant().plus(wait(firstRetry, queued.attempts()));
        outbox.failed(queued.id(), String.valueOf(e.getMessage()), clock.instant(), retry);
        log.warn("Mail {} to the outbox was not sent ({}); {}", queued.id(), e.getMessage(),
                retry == null ? "giving up" : "trying again at " + retry);
    }

    static Duration wait(int attemptsSoFar) {
        return wait(FIRST_RETRY, attemptsSoFar);
    }

    private static Duration wait(Duration first, int attemptsSoFar) {
        Duration wait = first.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
