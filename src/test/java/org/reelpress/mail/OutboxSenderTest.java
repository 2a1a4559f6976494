package org.reelpress.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The background sender against a real SMTP server (GreenMail) and a real database, on both engines. */
@ParameterizedClass
@EnumSource(Engine.class)
class OutboxSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    private final JdbcClient db;
    private final Outbox outbox;
    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    OutboxSenderTest(Engine engine) {
        db = JdbcClient.create(engine.newMigratedDatabase());
        outbox = new Outbox(db);
    }

    private OutboxSender senderTo(int port) {
        return new OutboxSender(outbox, smtp(port), clock, "Reelpress <blog@example.org>", Duration.ofMinutes(1), Duration.ofMinutes(2));
    }

    /** A sender on the real clock, claiming mail for {@code claim}, trying a failed mail again at once. */
    private OutboxSender senderOnTheRealClock(int port, Duration claim) {
        return new OutboxSender(outbox, smtp(port), Clock.systemUTC(), "Reelpress <blog@example.org>", Duration.ZERO, claim);
    }

    private static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("localhost");
        smtp.setPort(port);
        smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return smtp;
    }

    private int greenMailPort() {
        return SMTP.getSmtp().getPort();
    }

    @Test
    void sendsQueuedMailWithAOneClickUnsubscribe() throws Exception {
        outbox.add(new Mail("reader@example.com", "새 댓글: A Page of Madness", "Someone answered you.",
                "https://blog.example.org/unsubscribe/abc"), START);

        senderTo(greenMailPort()).sendDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("새 댓글: A Page of Madness");
        assertThat(received[0].getHeader("List-Unsubscribe")).containsExactly("<https://blog.example.org/unsubscribe/abc>");
        assertThat(received[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void keepsMailWhileTheServerIsDownAndSendsItWhenItIsBack() {
        outbox.add(new Mail("reader@example.com", "Held", "Body", null), START);

        senderTo(9).sendDue();

        assertThat(outbox.waiting()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        senderTo(greenMailPort()).sendDue();
        assertThat(SMTP.getReceivedMessages()).as("not due again before its retry time").isEmpty();

        now.set(START.plus(OutboxSender.wait(0)).plusSeconds(1));
        senderTo(greenMailPort()).sendDue();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToSixHours() {
        assertThat(List.of(OutboxSender.wait(0), OutboxSender.wait(1), OutboxSender.wait(3), OutboxSender.wait(30)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(8), Duration.ofHours(6));
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysWhy() {
        outbox.add(new Mail("reader@example.com", "Doomed", "Body", null), START);
        OutboxSender down = senderTo(9);

        for (int attempt = 0; attempt < OutboxSender.MAX_ATTEMPTS; attempt++) {
            down.sendDue();
            now.set(now.get().plus(Duration.ofHours(7)));
        }

        assertThat(outbox.waiting()).isZero();
        assertThat(db.sql("SELECT attempts FROM outbox").query(Integer.class).single()).isEqualTo(OutboxSender.MAX_ATTEMPTS);
        assertThat(db.sql("SELECT last_error FROM outbox").query(String.class).single()).isNotBlank();
    }

    @Test
    void neverHandsOneMailToTwoSenders() {
        for (int i = 0; i < 5; i++) {
            outbox.add(new Mail("reader" + i + "@example.com", "Mail " + i, "Body", null), START);
        }

        List<Outbox.Queued> first = outbox.claimDue("one", START, START.plusSeconds(120), 3);
        List<Outbox.Queued> second = outbox.claimDue("two", START, START.plusSeconds(120), 10);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(2);
        assertThat(second).extracting(Outbox.Queued::id).doesNotContainAnyElementsOf(first.stream().map(Outbox.Queued::id).toList());
    }

    @Test
    void cutsASendThatWouldOutlastItsClaimSoNoOtherSenderSendsTheMailAgain() throws Exception {
        outbox.add(new Mail("reader@example.com", "Once only", "Body", null), Instant.now());
        Duration claim = Duration.ofSeconds(2);

        try (SlowLine slowServer = new SlowLine(greenMailPort(), Duration.ofSeconds(3))) {
            OutboxSender slow = senderOnTheRealClock(slowServer.port(), claim);
            long start = System.nanoTime();
            Thread first = Thread.startVirtualThread(slow::sendDue);
            AtomicReference<Duration> firstTook = new AtomicReference<>();
            Thread.startVirtualThread(() -> {
                try {
                    first.join();
                    firstTook.set(Duration.ofNanos(System.nanoTime() - start));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread.sleep(claim.plusMillis(200)); // the first sender's claim has run out by now
            senderOnTheRealClock(greenMailPort(), Duration.ofMinutes(1)).sendDue(); // a sender with time to spare
            first.join(10_000);
            Thread.sleep(100);

            assertThat(SMTP.getReceivedMessages()).as("mails the server received").hasSize(1);
            assertThat(firstTook.get()).as("the slow sender's whole turn").isNotNull().isLessThan(claim);
        }
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void givesTheRestOfABatchBackWhenItsClaimRunsLow() throws Exception {
        for (int i = 0; i < 10; i++) {
            outbox.add(new Mail("reader" + i + "@example.com", "Mail " + i, "Body", null), Instant.now());
        }

        // each send takes at least 0.3 s; with a 4 s claim a mail is begun only in the first two seconds
        try (SlowLine slowServer = new SlowLine(greenMailPort(), Duration.ofMillis(300))) {
            senderOnTheRealClock(slowServer.port(), Duration.ofSeconds(4)).sendDue();
        }

        int sent = SMTP.getReceivedMessages().length;
        assertThat(sent).isBetween(1, 7);
        assertThat(outbox.waiting()).isEqualTo(10 - sent);
        assertThat(outbox.claimDue("next", Instant.now(), Instant.now().plusSeconds(120), 20))
                .as("mails given back are claimed at once, not when the first claim would have run out")
                .hasSize(10 - sent);
        assertThat(db.sql("SELECT COUNT(*) FROM outbox WHERE attempts > 0 AND sent_at IS NULL").query(Integer.class).single())
                .as("mails given back were not counted as tries").isZero();
    }
}
