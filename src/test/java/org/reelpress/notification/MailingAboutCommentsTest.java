package org.reelpress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.CommentApproved;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.identity.UserRepository;
import org.reelpress.site.SettingsRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Mail about comments, through the outbox and the background sender to a real SMTP server
 * (GreenMail) on a fixed port, so that a test can stop it and start it again. A blog of its own:
 * the shared test blog sends no mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class MailingAboutCommentsTest {

    private static final String SITE = "https://films.example";
    private static final String AUTHOR = "critic@films.example";
    private static final int SMTP_PORT = freePort();
    private static final Path DATA_DIR = temporaryDataDir();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("reelpress.data-dir", DATA_DIR::toString);
        registry.add("reelpress.site-url", () -> SITE);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("reelpress.mail.poll-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SettingsRepository settings;

    @Autowired
    UserRepository users;

    @Autowired
    CommentRepository comments;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    private MadePost post;

    @BeforeEach
    void aReviewByAWriterWithAnAddress() throws Exception {
        settings.put("comment_policy", "approve_all");
        long admin = users.firstAdministrator().orElseThrow().id();
        users.claim(admin, "critic", AUTHOR, "The Critic", "not-used-to-sign-in");
        post = fixtures.post("Review with mail", "Talk about it.");
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void tellsThePostsAuthorOfANewComment() throws Exception {
        long id = comment("Hana Kim", "hana@example.com", "What a film!", false);

        MimeMessage mail = awaitOneMailTo(AUTHOR);
        assertThat(mail.getSubject()).isEqualTo("New comment on “" + post.title() + "”");
        assertThat(textOf(mail)).contains("Hana Kim", "What a film!", SITE + "/comments/" + id);
    }

    @Test
    void asksThePostsAuthorToModerateAHeldComment() throws Exception {
        settings.put("comment_policy", "hold_all");

        comment("Stranger", "stranger@example.com", "Please let me in", false);

        MimeMessage mail = awaitOneMailTo(AUTHOR);
        assertThat(mail.getSubject()).isEqualTo("A comment awaits your moderation on “" + post.title() + "”");
        assertThat(textOf(mail)).contains("Please let me in", SITE + "/admin/comments");
    }

    @Test
    void doesNotTellTheAuthorOfTheirOwnComment() throws Exception {
        comment("The Critic", "Critic@Films.example", "Thanks for reading", false);
        comment("Reader", "reader@example.com", "Second", false);

        awaitOneMailTo(AUTHOR);
        awaitEverythingTried();
        assertThat(textOf(mailsTo(AUTHOR).getFirst())).contains("Second");
        assertThat(mailsTo(AUTHOR)).hasSize(1);
    }

    @Test
    void mailsAConfirmedSubscriberOfNewCommentsUntilTheyUnsubscribe() throws Exception {
        String reader = "follower@example.com";
        comment("Follower", reader, "I want to hear more", true);

        MimeMessage confirmation = awaitOneMailTo(reader);
        assertThat(confirmation.getSubject()).isEqualTo("Confirm: new comments on “" + post.title() + "”");
        Document confirmed = browser().url(url(linkIn(confirmation, "/confirm"))).get();
        assertThat(confirmed.selectFirst("h1").text()).isEqualTo("You will hear of new comments on “" + post.title() + "”");

        long answer = comment("Answerer", "answerer@example.com", "Here is more", false);

        List<MimeMessage> mails = awaitMailsTo(reader, 2);
        MimeMessage news = mails.get(1);
        assertThat(news.getSubject()).isEqualTo("New comment on “" + post.title() + "”");
        assertThat(textOf(news)).contains("Here is more", SITE + "/comments/" + answer);
        String unsubscribe = linkIn(news, "/unsubscribe");
        assertThat(news.getHeader("List-Unsubscribe")).containsExactly("<" + SITE + unsubscribe + ">");
        assertThat(news.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        // as a mail program does it (RFC 8058): a bare POST, no cookie, no form token
        Connection.Response done = browser().url(url(unsubscribe)).method(Connection.Method.POST)
                .data("List-Unsubscribe", "One-Click").execute();
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.parse().selectFirst("h1").text()).isEqualTo("You are unsubscribed");

        comment("Answerer", "answerer@example.com", "Still more", false);
        awaitEverythingTried();
        assertThat(mailsTo(reader)).hasSize(2);
    }

    @Test
    void doesNotMailTheSubscriberOfTheirOwnComment() throws Exception {
        String reader = "talker@example.com";
        comment("Talker", reader, "First", true);
        browser().url(url(linkIn(awaitOneMailTo(reader), "/confirm"))).get();

        comment("Talker", reader, "Talking to myself", false);
        awaitEverythingTried();

        assertThat(mailsTo(reader)).hasSize(1);
    }

    @Test
    void sendsNothingButTheConfirmationToAnUnconfirmedSubscriber() throws Exception {
        String reader = "undecided@example.com";
        comment("Undecided", reader, "Maybe notify me", true);
        awaitOneMailTo(reader);

        comment("Someone", "someone@example.com", "News for nobody", false);
        awaitOneMailTo(AUTHOR);
        awaitEverythingTried();

        assertThat(mailsTo(reader)).hasSize(1);
    }

    @Test
    void tellsSubscribersOfACommentAModeratorApproved() throws Exception {
        String reader = "patient@example.com";
        comment("Patient", reader, "Tell me", true);
        browser().url(url(linkIn(awaitOneMailTo(reader), "/confirm"))).get();
        settings.put("comment_policy", "hold_all");
        long held = comment("Newcomer", "newcomer@example.com", "Held words", false);
        awaitEverythingTried();
        assertThat(mailsTo(reader)).as("nothing while the comment is held").hasSize(1);

        transaction.executeWithoutResult(status -> {
            comments.setStatus(held, CommentStatus.APPROVED);
            events.publishEvent(new CommentApproved(held, post.id()));
        });

        assertThat(textOf(awaitMailsTo(reader, 2).get(1))).contains("Held words");
    }

    @Test
    void answersAtOnceAndKeepsTheMailWhileTheMailServerIsDown() throws Exception {
        SMTP.stop();
        try {
            Instant before = Instant.now();
            Connection.Response response = send("Hopeful", "hopeful@example.com", "Is anyone there?", false);

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(2));
            await(() -> db.sql("SELECT COUNT(*) FROM outbox WHERE recipient = :to AND attempts > 0")
                    .param("to", AUTHOR).query(Integer.class).single() > 0);
            assertThat(db.sql("SELECT COUNT(*) FROM outbox WHERE recipient = :to AND sent_at IS NULL AND failed_at IS NULL")
                    .param("to", AUTHOR).query(Integer.class).single()).as("kept for another try").isEqualTo(1);
        } finally {
            SMTP.start();
        }
    }

    @Test
    void answersAnUnknownLinkWithAPageSayingThereIsNothingHere() throws IOException {
        String token = "0".repeat(64);
        for (Connection.Response response : List.of(
                browser().url(url("/subscriptions/" + token + "/confirm")).execute(),
                browser().url(url("/subscriptions/" + token + "/unsubscribe")).execute(),
                browser().url(url("/subscriptions/not-a-token/unsubscribe")).method(Connection.Method.POST).execute())) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.parse().selectFirst("h1").text()).isEqualTo("Nothing here");
        }
    }

    @Test
    void asksBeforeUnsubscribingFromALinkFollowedInABrowser() throws Exception {
        String reader = "careful@example.com";
        comment("Careful", reader, "Notify me", true);
        MimeMessage confirmation = awaitOneMailTo(reader);
        String unsubscribe = confirmation.getHeader("List-Unsubscribe")[0].replaceAll("^<" + Pattern.quote(SITE) + "|>$", "");
        assertThat(unsubscribe).matches("/subscriptions/[0-9a-f]{64}/unsubscribe");

        Document page = browser().url(url(unsubscribe)).get();

        assertThat(page.selectFirst("form[method=post]").attr("action")).isEqualTo(unsubscribe);
        assertThat(db.sql("SELECT COUNT(*) FROM subscriptions WHERE email = :email AND unsubscribed_at IS NULL")
                .param("email", reader).query(Integer.class).single()).isEqualTo(1);
    }

    /** Posts a comment as a guest, from the review's own form, and returns its id. */
    private long comment(String name, String email, String text, boolean notify) throws IOException {
        Connection.Response response = send(name, email, text, notify);
        assertThat(response.statusCode()).isEqualTo(303);
        return Long.parseLong(response.header("Location").replaceAll(".*#comment-", ""));
    }

    private Connection.Response send(String name, String email, String text, boolean notify) throws IOException {
        Connection browser = browser();
        Document page = browser.newRequest(url(post.permalink())).get();
        assertThat(page.select("#commentform input[type=checkbox][name=notify]")).as("the notify checkbox").hasSize(1);
        Connection request = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data(Map.of("post", String.valueOf(post.id()), "comment", text, "name", name, "email", email));
        if (notify) {
            request.data("notify", "yes");
        }
        return request.execute();
    }

    private Connection browser() {
        return BlogTest.browserSession();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The path of the blog's link in the mail that ends with {@code ending}. */
    private static String linkIn(MimeMessage mail, String ending) throws Exception {
        Matcher link = Pattern.compile(Pattern.quote(SITE) + "(/subscriptions/[0-9a-f]+" + Pattern.quote(ending) + ")")
                .matcher(textOf(mail));
        assertThat(link.find()).as("a link ending in " + ending + " in:\n" + textOf(mail)).isTrue();
        return link.group(1);
    }

    private static String textOf(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> sentTo(mail, address)).toList();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage awaitOneMailTo(String address) {
        return awaitMailsTo(address, 1).getFirst();
    }

    private static List<MimeMessage> awaitMailsTo(String address, int count) {
        await(() -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    /** Until the sender has tried every mail queued so far, so that a mail that should not exist would have come. */
    private void awaitEverythingTried() {
        await(() -> db.sql("SELECT COUNT(*) FROM outbox WHERE attempts = 0").query(Integer.class).single() == 0);
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s in vain");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("reelpress-mail-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
