package org.reelpress.trust;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog stopped the ordinary way (SIGTERM, as systemd or an orchestrator stops it) finishes the
 * requests it already took, and the mail it could not send yet waits in the outbox for the next start.
 */
class ShuttingDownGracefullyTest {

    private static final String LOGIN = "graceful-writer";
    private static final String PASSWORD = "a long passphrase for the graceful writer";

    @TempDir
    Path dataDir;

    @Test
    void finishesACommentBeingPostedWhenStoppedAndKeepsTheMailItCouldNotSend() throws Exception {
        String database = Engine.SQLITE.newDatabaseUrl();
        int smtpPort = closedPort();
        String[] mail = {"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--reelpress.mail.poll-interval=300ms", "--reelpress.mail.first-retry=1s"};
        BlogProcess.runCommand(database, dataDir, PASSWORD + "\n", "create-user", "--login", LOGIN,
                "--email", "graceful-writer@example.com", "--role", "author", "--name", "Graceful Writer");
        BlogProcess blog = BlogProcess.start(database, dataDir, mail);
        try {
            stopMidComment(blog, database);
        } finally {
            blog.kill(); // already stopped unless the test failed: then no blog outlives it
        }
        keepsTheMail(database, smtpPort, mail);
    }

    private void stopMidComment(BlogProcess blog, String database) throws Exception {
        Browser writer = new Browser();
        writer.signIn(blog, LOGIN, PASSWORD);
        Map<String, Object> review = new HashMap<>(Browser.hiddenFields(writer.page(blog.url("/admin/posts/new")), "#editor"));
        review.putAll(Map.of("title", "Stopping gently", "markdown", "A review the readers discuss.",
                "status", "published", "comments", "open"));
        assertThat(writer.post(blog.url("/admin/posts/new"), review).statusCode()).isEqualTo(303);

        Browser reader = new Browser();
        String permalink = reader.page(blog.url("/")).selectFirst("article.summary h2 a").absUrl("href");
        Map<String, String> form = Browser.hiddenFields(reader.page(permalink), "#commentform");
        assertThat(reader.post(blog.url("/comments"), comment(form, "The first comment, posted while the mail server is down.")).statusCode())
                .isEqualTo(303);

        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch rest = new CountDownLatch(1);
        String slowText = "The comment that was on its way when the blog was told to stop.";
        CompletableFuture<String[]> slow = reader.postSlowly(blog, "/comments", comment(form, slowText), halfSent, rest);
        assertThat(halfSent.await(10, TimeUnit.SECONDS)).as("half the comment sent").isTrue();
        BlogProcess.sleep(Duration.ofMillis(500));
        CompletableFuture<Integer> stopped = CompletableFuture.supplyAsync(() -> blog.terminate(Duration.ofSeconds(30)));
        BlogProcess.sleep(Duration.ofSeconds(2));
        assertThat(stopped).as("the blog waits for the comment on its way").isNotDone();
        rest.countDown();

        String[] answer = slow.get(30, TimeUnit.SECONDS);
        assertThat(answer[0]).as("the answer to the comment on its way").isEqualTo("303");
        assertThat(answer[1]).as("where the answer leads").contains("#comment-");
        assertThat(stopped.get(40, TimeUnit.SECONDS)).as("exit status; -1 when it had to be killed").isNotEqualTo(-1);

        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(database));
        assertThat(db.sql("SELECT body FROM comments").query(String.class).list()).contains(slowText);
    }

    private void keepsTheMail(String database, int smtpPort, String[] mail) throws Exception {
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(database));
        List<String> waiting = db.sql("SELECT subject FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
                .query(String.class).list();
        assertThat(waiting).as("mail to the writer that the mail server never took").hasSize(2);

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        BlogProcess again = BlogProcess.start(database, dataDir, mail);
        try {
            assertThat(smtp.waitForIncomingEmail(30_000, 2)).as("the waiting mail, sent once the mail server is up").isTrue();
            assertThat(List.of(smtp.getReceivedMessages())).extracting(MimeMessage::getSubject)
                    .containsExactlyInAnyOrderElementsOf(waiting);
        } finally {
            again.kill();
            smtp.stop();
        }
    }

    private static Map<String, String> comment(Map<String, String> hidden, String text) {
        Map<String, String> form = new HashMap<>(hidden);
        form.putAll(Map.of("comment", text, "name", "Patient Reader", "email", "patient@example.com", "url", ""));
        return form;
    }

    /** A port nothing listens on: the mail server is down. */
    private static int closedPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
