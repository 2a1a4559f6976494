package org.reelpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures;
import org.reelpress.identity.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of page the blog serves is valid HTML, says its language, has one main region,
 * labels each form field, and loads nothing from anywhere but the blog itself.
 */
class ValidHtmlTest extends BlogTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    @Autowired
    UserRepository userRows;

    private static final String LOADED_ADDRESSES = String.join(", ",
            "script[src]", "link[href]:not([rel=canonical])", "img[src]", "img[srcset]", "iframe[src]", "source[src]", "source[srcset]",
            "video[src]", "video[poster]", "audio[src]", "embed[src]", "object[data]");

    /** What a browser asks for when it follows a link; without it an error comes back as JSON. */
    private static final String BROWSER_ACCEPTS = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final String FORM_FIELDS =
            "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), textarea, select";

    private record Page(String path, int status, String html, Document document) {
    }

    @Test
    void servesASoundFrontPage() {
        assertSound(fetch(session(), "/"), 200);
    }

    @Test
    void servesASoundReview() {
        Page review = fetch(session(), sampleReview());

        assertSound(review, 200);
        assertThat(review.document().select("li.comment > article.comment-body")).isNotEmpty();
        // comment/article.jte ends without a line break, which thread.jte adds: no blank line after each comment
        assertThat(review.html()).contains("</article>\n").doesNotContain("</article>\n\n");
    }

    @Test
    void servesASoundMiddlePageOfComments() {
        settings.put("comments_per_page", "1");
        try {
            var post = fixtures.post("Review paged one comment at a time", "Text.");
            long first = fixtures.comment(post, null, "Ana", "One");
            fixtures.comment(post, first, "Bo", "A reply");
            fixtures.comment(post, null, "Cy", "Two");
            fixtures.comment(post, null, "Di", "Three");

            Page page = fetch(session(), post.permalink() + "comment-page-2/");

            assertThat(page.document().select("nav.comment-navigation a[rel=prev]")).hasSize(2);
            assertSound(page, 200);
        } finally {
            settings.put("comments_per_page", "50");
        }
    }

    @Test
    void servesASoundReviewWithTheFormUnderAComment() {
        String review = sampleReview();
        String commentId = firstCommentId(review);

        Page page = fetch(session(), review + "?replytocom=" + commentId);

        assertThat(page.document().select("#comment-" + commentId + " #commentform")).hasSize(1);
        assertSound(page, 200);
    }

    @Test
    void servesASoundReviewAfterARefusedComment() {
        Connection browser = session();
        String review = sampleReview();
        Page form = fetch(browser, review);

        Page refused = followRedirect(browser, submitComment(browser, form, "", "", "Ana", "ana@example.com", ""));

        assertThat(refused.document().select(".form-errors, #comment-error")).hasSize(2);
        assertSound(refused, 200);
    }

    @Test
    void servesASoundReviewAfterARefusedReplyWithEveryFieldWrong() {
        Connection browser = session();
        String review = sampleReview();
        Page form = fetch(browser, review);
        String commentId = firstCommentId(review);

        Page refused = followRedirect(browser,
                submitComment(browser, form, commentId, " ", "", "not an address", "javascript:alert(1)"));

        assertThat(refused.document().select("#comment-" + commentId + " #commentform")).hasSize(1);
        assertThat(refused.document().select("#comment-error, #name-error, #email-error, #url-error")).hasSize(4);
        assertSound(refused, 200);
    }

    @Test
    void servesASoundCategoryArchive() {
        assertSound(fetch(session(), "/category/film/"), 200);
    }

    @Test
    void servesASoundTagArchive() {
        assertSound(fetch(session(), "/tag/silent-film/"), 200);
    }

    @Test
    void servesASoundPageForAnAddressThatIsNotThere() {
        assertSound(fetch(session(), "/no-such-page"), 404);
    }

    @Test
    void servesASoundSetupForm() {
        assertSound(fetch(session(), "/setup"), 200);
    }

    @Test
    void servesASoundSetupFormWithEveryFieldWrong() {
        Connection browser = session();
        Page form = fetch(browser, "/setup");

        Page refused = page("/setup, refused", post(browser, "/setup", Map.of(
                "_csrf", form.document().selectFirst("input[name=_csrf]").val(),
                "token", "wrong", "login", "x", "displayName", "", "email", "no", "password", "short")));

        assertThat(refused.document().select(".field-error")).hasSize(5);
        assertSound(refused, 422);
    }

    @Test
    void servesASoundAccountPageWithComments() {
        Connection reader = signedIn(users.create(Role.COMMENTER, "Valid Reader"));
        Fixtures.MadePost post = fixtures.post("Review commented from an account", "Text.");
        postComment(reader, post, null, "A comment with **Markdown** in it");

        Page page = fetch(reader, "/account");

        assertThat(page.document().select(".own-comment")).hasSize(1);
        assertSound(page, 200);
    }

    @Test
    void servesASoundAccountPageAfterAnUnconfirmedDelete() {
        Connection reader = signedIn(users.create(Role.COMMENTER, "Hesitant Reader"));
        Page account = fetch(reader, "/account");

        Page refused = page("/account/delete, unconfirmed", post(reader, "/account/delete",
                Map.of("_csrf", account.document().selectFirst(".delete-account input[name=_csrf]").val())));

        assertThat(refused.document().select("#delete-problem")).hasSize(1);
        assertSound(refused, 422);
    }

    @Test
    void servesASoundPageAfterDeletingAnAccount() {
        Connection reader = signedIn(users.create(Role.COMMENTER, "Leaving Reader"));
        Page account = fetch(reader, "/account");

        Page deleted = page("/account/delete", post(reader, "/account/delete", Map.of("confirm", "yes",
                "_csrf", account.document().selectFirst(".delete-account input[name=_csrf]").val())));

        assertSound(deleted, 200);
    }

    @Test
    void servesASoundUserListAfterABlock() {
        Connection admin = signedIn(users.create(Role.ADMINISTRATOR, "Valid Admin"));
        long reader = users.create(Role.COMMENTER, "Blocked Reader").id();
        Page list = fetch(admin, "/admin/users");

        post(admin, "/admin/users/" + reader + "/block", Map.of("_csrf", list.document().selectFirst("input[name=_csrf]").val()));
        Page afterBlock = fetch(admin, "/admin/users");

        assertThat(afterBlock.document().select("#notice")).hasSize(1);
        assertSound(afterBlock, 200);
    }

    @Test
    void servesASoundReviewToABlockedReader() {
        UserFixtures.Account account = users.create(Role.COMMENTER, "Blocked Visitor");
        Connection reader = signedIn(account);
        userRows.setBlocked(account.id(), true, Instant.now());

        Page page = fetch(reader, sampleReview());

        assertThat(page.document().select(".comments-closed")).hasSize(1);
        assertSound(page, 200);
    }

    @Test
    void servesASoundPageToSomeoneWhoMayNotManageUsers() {
        Connection editor = signedIn(users.create(Role.EDITOR, "Curious Editor"));

        assertSound(fetch(editor, "/admin/users"), 403);
    }

    private void assertSound(Page page, int status) {
        Document document = page.document();
        assertThat(page.status()).as("status of %s", page.path()).isEqualTo(status);
        assertThat(CHECKER.errorsIn(page.html())).as("HTML errors on %s", page.path()).isEmpty();
        assertThat(document.selectFirst("html").attr("lang")).as("language of %s", page.path()).isNotBlank();
        assertThat(document.select("main")).as("main regions on %s", page.path()).hasSize(1);
        assertThat(unlabelledFields(document)).as("fields without a label on %s", page.path()).isEmpty();
        assertThat(addressesLoadedFromElsewhere(document)).as("resources from outside on %s", page.path()).isEmpty();
    }

    private static List<String> unlabelledFields(Document document) {
        List<String> unlabelled = new ArrayList<>();
        for (Element field : document.select(FORM_FIELDS)) {
            String id = field.id();
            if (id.isEmpty() || document.select("label[for]").stream().noneMatch(label -> label.attr("for").equals(id))) {
                unlabelled.add(field.outerHtml());
            }
        }
        return unlabelled;
    }

    private static List<String> addressesLoadedFromElsewhere(Document document) {
        List<String> outside = new ArrayList<>();
        for (Element element : document.select(LOADED_ADDRESSES)) {
            for (String attribute : List.of("src", "href", "srcset", "poster", "data")) {
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                for (String candidate : element.attr(attribute).split(",")) {
                    String address = candidate.strip().split("\\s+")[0];
                    if (!address.startsWith("/") || address.startsWith("//")) {
                        outside.add(element.tagName() + " " + attribute + "=" + address);
                    }
                }
            }
        }
        return outside;
    }

    private String sampleReview() {
        return summaryOf("A Page of Madness (狂った一頁)").selectFirst("h2 a").attr("href");
    }

    private String firstCommentId(String review) {
        return fetch(session(), review).document().selectFirst("a.comment-reply-link").attr("data-comment-id");
    }

    private Connection.Response submitComment(Connection browser, Page form, String parent, String comment,
                                              String name, String email, String website) {
        Element fields = form.document().selectFirst("#commentform");
        Connection.Response response = post(browser, "/comments", Map.of(
                "post", fields.selectFirst("input[name=post]").val(),
                "parent", parent, "comment", comment, "name", name, "email", email, "url", website,
                "_csrf", fields.selectFirst("input[name=_csrf]").val(),
                "stamp", fields.selectFirst("input[name=stamp]").val()));
        assertThat(response.statusCode()).as("answer to the comment form").isEqualTo(303);
        return response;
    }

    /** Follows a redirect the way a browser does: same cookies, and without the #fragment. */
    private Page followRedirect(Connection browser, Connection.Response redirect) {
        String location = redirect.header("Location").replaceFirst("#.*", "");
        String path = location.startsWith("/") ? location : location.substring(url("").length());
        return fetch(browser, path);
    }

    private Connection.Response post(Connection browser, String path, Map<String, String> form) {
        try {
            return browser.newRequest(url(path)).data(form).method(Connection.Method.POST).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page page(String path, Connection.Response response) {
        String html = response.body();
        return new Page(path, response.statusCode(), html, Jsoup.parse(html));
    }

    private Page fetch(Connection browser, String path) {
        try {
            return page(path, browser.newRequest(url(path)).header("Accept", BROWSER_ACCEPTS).execute());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
