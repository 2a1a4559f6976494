package org.reelpress.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.helper.HttpConnection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commenters' e-mail addresses never reach the public: a review with a work, a category and a tag gets
 * comments from guests (through the form and the REST API), a reply and a signed-in reader, each with an
 * address of their own; then every page a reader can reach from it, every feed, the sitemap, the REST
 * API and the JSON-LD are read without signing in, and neither an address nor its local part is in any.
 * The WordPress export carries them only for an administrator who asks for them.
 */
class PrivateAddressesTest extends BlogTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Pages no reader without an account may open, or that only lead back to a form. */
    private static final List<String> NOT_PUBLIC = List.of("/admin", "/account", "/oauth2", "/sign-in", "/sign-out",
            "/setup", "/login", "/logout", "/wp-admin", "/wp-login");
    private static final int MOST_PAGES = 120;

    private final String guest = "quince.harlow.7731@private-mail.example";
    private final String apiGuest = "marisol.tern.4417@private-mail.example";
    private final String replier = "odalys.finch.2093@private-mail.example";

    @Test
    void noPublicOutputShowsACommentersAddressOrItsLocalPart() throws Exception {
        Account writer = users.create(Role.EDITOR, "Private Writer");
        Account reader = users.create(Role.COMMENTER, "Account Reader");
        String review = publish(signedIn(writer), "Privacy Matters " + System.nanoTime());
        long postId = postIdOf(review);
        long first = comment(session(), review, "Quince Harlow", guest, null, "Guest words about the film.");
        comment(session(), review, "Odalys Finch", replier, first, "A reply from another guest.");
        comment(signedIn(reader), review, null, null, null, "Words from a reader with an account.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("post", postId);
        body.put("content", "Words through the API.");
        body.put("author_name", "Marisol Tern");
        body.put("author_email", apiGuest);
        assertThat(call("POST", "/wp-json/wp/v2/comments", JSON.writeValueAsString(body)).statusCode()).isEqualTo(201);

        Document page = get(review);
        assertThat(page.select("li.comment")).hasSize(4);
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);

        Map<String, String> outputs = new LinkedHashMap<>();
        String author = "/author/" + writer.login() + "/";
        assertThat(call("GET", author, null).statusCode()).isEqualTo(200);
        crawl(List.of(review, "/", author), outputs);
        for (String path : List.of("/feed/", "/feed/atom/", "/comments/feed/", "/comments/feed/rss2/", review + "feed/",
                review + "feed/rss2/", "/robots.txt",
                "/wp-json/", "/wp-json/wp/v2/comments?per_page=100&post=" + postId, "/wp-json/wp/v2/comments?_embed=1",
                "/wp-json/wp/v2/posts/" + postId + "?_embed=1", "/wp-json/wp/v2/posts?_embed=1",
                "/wp-json/wp/v2/users", "/wp-json/wp/v2/users/" + writer.id(), "/wp-json/wp/v2/users/" + reader.id(),
                "/?s=Privacy", "/wp-json/wp/v2/comments?search=" + guest,
                "/wp-json/wp/v2/comments?search=quince.harlow")) {
            outputs.put(path, call("GET", path, null).body());
        }
        for (String sitemap : Jsoup.parse(outputs.getOrDefault("/sitemap.xml", call("GET", "/sitemap.xml", null).body()),
                "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText()) {
            String path = URI.create(sitemap).getRawPath();
            outputs.putIfAbsent(path, call("GET", path, null).body());
        }

        assertThat(outputs).containsKeys(review, "/").hasSizeGreaterThan(20);
        assertThat(outputs.keySet()).contains(author + "feed/").anyMatch(path -> path.startsWith("/works/")).anyMatch(path -> path.startsWith("/category/"))
                .anyMatch(path -> path.startsWith("/tag/")).anyMatch(path -> path.startsWith("/sitemap-"));
        List<String> secrets = List.of(guest, apiGuest, replier, "quince.harlow", "marisol.tern", "odalys.finch",
                reader.email(), writer.email());
        List<String> leaks = new ArrayList<>();
        outputs.forEach((path, text) -> secrets.stream().filter(secret -> text.toLowerCase(Locale.ROOT).contains(secret))
                .forEach(secret -> leaks.add(path + " shows " + secret)));
        assertThat(leaks).isEmpty();
        assertThat(outputs.get("/wp-json/wp/v2/comments?search=" + guest)).isEqualTo("[]");
    }

    @Test
    void theExportCarriesAddressesOnlyForAnAdministratorWhoAsks() throws IOException {
        String review = publish(signedIn(users.create(Role.EDITOR, "Exported Writer")), "Exported " + System.nanoTime());
        comment(session(), review, "Quince Harlow", guest, null, "Words to export.");

        assertThat(call("GET", "/admin/export/download?emails=yes", null).body()).doesNotContain(guest);
        Connection.Response editor = signedIn(users.create(Role.EDITOR, "Curious Editor"))
                .newRequest(url("/admin/export/download?emails=yes")).ignoreContentType(true).execute();
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(editor.body()).doesNotContain(guest);
        Connection admin = signedIn(users.create(Role.ADMINISTRATOR, "Owner"));
        assertThat(admin.newRequest(url("/admin/export/download")).ignoreContentType(true).maxBodySize(0).execute().body())
                .doesNotContain(guest);
        assertThat(admin.newRequest(url("/admin/export/download?emails=yes")).ignoreContentType(true).maxBodySize(0).execute().body())
                .contains(guest);
    }

    /** Every page reachable from {@code starts} by links within the blog, anonymous, up to {@link #MOST_PAGES}. */
    private void crawl(List<String> starts, Map<String, String> outputs) {
        Deque<String> queue = new ArrayDeque<>(starts);
        Set<String> seen = new LinkedHashSet<>(starts);
        while (!queue.isEmpty() && outputs.size() < MOST_PAGES) {
            String path = queue.removeFirst();
            HttpResponse<String> response = call("GET", path, null);
            outputs.put(path, response.body());
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (String href : Jsoup.parse(response.body(), url("")).select("a[href], link[href]").eachAttr("abs:href")) {
                String local = href.startsWith(url("")) ? href.substring(url("").length()).replaceAll("#.*", "") : null;
                if (local != null && local.startsWith("/") && NOT_PUBLIC.stream().noneMatch(local::startsWith)
                        && !local.contains("replytocom=") && !local.matches("/comments/\\d+/edit.*") && seen.add(local)) {
                    queue.addLast(local);
                }
            }
        }
    }

    /** Publishes a review of a new film in a new category with a new tag through the editor; its path. */
    private String publish(Connection writer, String title) throws IOException {
        Document editor = writer.newRequest(url("/admin/posts/new")).get();
        FormElement form = (FormElement) editor.getElementById("editor");
        Map<String, String> changes = Map.of("title", title, "markdown", "A review to discuss.", "newCategory",
                "Private " + title, "tags", "privacy " + System.nanoTime(), "work", "new", "workKind", "film",
                "workTitle", "Film of " + title, "rating", "4", "status", "published");
        List<Connection.KeyVal> data = new ArrayList<>();
        form.formData().stream().filter(field -> !changes.containsKey(field.key())).forEach(data::add);
        changes.forEach((key, value) -> data.add(HttpConnection.KeyVal.create(key, value)));
        Connection.Response saved = writer.newRequest(url(form.attr("action"))).method(Connection.Method.POST).data(data).execute();
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        Document edit = writer.newRequest(url(saved.header("Location").replaceAll("^https?://[^/]+", ""))).get();
        return edit.selectFirst(".view-link a").attr("href").replaceAll("^https?://[^/]+", "");
    }

    private long postIdOf(String review) {
        return Long.parseLong(get(review).selectFirst("#commentform input[name=post]").val());
    }

    /** Posts through the review's form in {@code browser}; a guest gives {@code name} and {@code email}. Its id. */
    private long comment(Connection browser, String review, String name, String email, Long parent, String text) throws IOException {
        Document page = browser.newRequest(url(review)).get();
        Connection request = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data("post", page.selectFirst("#commentform input[name=post]").val())
                .data("parent", parent == null ? "" : String.valueOf(parent)).data("comment", text);
        if (name != null) {
            request.data("name", name).data("email", email).data("url", "");
        }
        Connection.Response answer = request.execute();
        assertThat(answer.header("Location")).as(answer.body()).contains("#comment-");
        return Long.parseLong(answer.header("Location").replaceAll(".*#comment-", ""));
    }

    private HttpResponse<String> call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path.replace(" ", "%20"))))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
