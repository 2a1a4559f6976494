package org.reelpress.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.identity.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sample of the XSS corpus sent the way people send it: the comment form (kept text shown again
 * after a refusal included), the REST API, and the writer's editor for titles, Markdown, categories,
 * tags and works. Each answer and each page it leads to must stay free of runnable code.
 */
class XssThroughFormsTest extends BlogTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every twelfth payload: each kind of trick is in it, and it runs in seconds. */
    private final List<String> sample = IntStream.range(0, XssPayloads.all().size()).filter(i -> i % 12 == 0)
            .mapToObj(XssPayloads.all()::get).toList();

    @Test
    void theCommentFormShowsHostileTextAsTextWhetherItTakesItOrNot() throws IOException {
        MadePost post = fixtures.post("Hostile form", "Open for comments.");
        Connection browser = session();
        Document page = browser.newRequest(url(post.permalink())).get();
        String csrf = page.selectFirst("#commentform input[name=_csrf]").val();
        String stamp = page.selectFirst("#commentform input[name=stamp]").val();
        List<String> problems = new ArrayList<>();
        int posted = 0;
        for (String payload : sample) {
            for (String website : List.of(payload, "")) {
                Connection.Response answer = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                        .data("_csrf", csrf).data("stamp", stamp).data("post", String.valueOf(post.id()))
                        .data("comment", payload).data("name", cut(payload, 100)).data("email", "guest@example.com")
                        .data("url", website).execute();
                assertThat(answer.statusCode()).as(payload).isEqualTo(303);
                String location = answer.header("Location");
                posted += location.contains("#comment-") ? 1 : 0;
                Document shown = browser.newRequest(url(location.replaceAll("#.*", ""))).get();
                problems.addAll(XssChecks.inPage(shown.outerHtml(), "after posting " + XssChecks.shortly(payload)));
            }
        }
        assertThat(posted).as("comments taken").isGreaterThan(sample.size() / 2);
        assertThat(problems).isEmpty();
    }

    @Test
    void theRestApiAnswersHostileCommentsWithInertJson() {
        MadePost post = fixtures.post("Hostile API", "Open for comments.");
        List<String> problems = new ArrayList<>();
        int created = 0;
        for (String payload : sample) {
            for (String website : List.of(payload, "")) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("post", post.id());
                body.put("content", payload);
                body.put("author_name", cut(payload, 100));
                body.put("author_email", "api.guest@example.com");
                body.put("author_url", website);
                HttpResponse<String> answer = send("POST", "/wp-json/wp/v2/comments", JSON.writeValueAsString(body));
                assertThat(answer.statusCode()).as(payload).isIn(201, 400, 409);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                created += answer.statusCode() == 201 ? 1 : 0;
                problems.addAll(XssChecks.inJson(answer.body(), "POST " + XssChecks.shortly(payload)));
            }
        }
        HttpResponse<String> listed = send("GET", "/wp-json/wp/v2/comments?per_page=100&post=" + post.id(), null);
        problems.addAll(XssChecks.inJson(listed.body(), "the post's comments"));
        problems.addAll(XssChecks.inPage(get(post.permalink()).outerHtml(), post.permalink()));

        assertThat(created).as("comments created").isGreaterThan(sample.size() / 2);
        assertThat(problems).isEmpty();
    }

    @Test
    void theEditorPublishesHostileTitlesMarkdownTermsAndWorksAsText() throws IOException {
        Connection writer = signedIn(users.create(Role.EDITOR, "Hostile Writer"));
        List<String> problems = new ArrayList<>();
        List<List<String>> chunks = XssPayloads.chunks(sample, 8);
        for (int i = 0; i < chunks.size(); i++) {
            List<String> chunk = chunks.get(i);
            String payload = chunk.getFirst();
            Document editor = writer.newRequest(url("/admin/posts/new")).get();
            Map<String, String> changes = new LinkedHashMap<>();
            changes.put("title", cut(payload, 280) + " " + i);
            changes.put("markdown", String.join("\n\n", chunk));
            changes.put("newCategory", cut(chunk.get(1 % chunk.size()), 90) + " " + i);
            changes.put("tags", cut(chunk.getLast(), 55).replace(",", " "));
            changes.put("work", "new");
            changes.put("workKind", "film");
            changes.put("workTitle", cut(payload, 280) + " " + i);
            changes.put("workCreator", cut(chunk.getLast(), 190));
            changes.put("rating", "4");
            changes.put("status", "published");
            Connection.Response saved = sendEditorForm(writer, editor, changes);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);

            Document edit = writer.newRequest(url(saved.header("Location").replaceAll("^https?://[^/]+", ""))).get();
            problems.addAll(XssChecks.inPage(edit.outerHtml(), "the editor of " + XssChecks.shortly(payload)));
            String review = edit.selectFirst(".view-link a").attr("href").replaceAll("^https?://[^/]+", "");
            Document page = get(review);
            problems.addAll(XssChecks.inPage(page.outerHtml(), review));
            for (String link : page.select("a[rel=tag], a[href^=/category/], a[href^=/works/]").eachAttr("href")) {
                problems.addAll(XssChecks.inPage(get(link).outerHtml(), link));
            }
        }
        problems.addAll(XssChecks.inPage(writer.newRequest(url("/admin/posts")).get().outerHtml(), "/admin/posts"));
        problems.addAll(XssChecks.inPage(writer.newRequest(url("/admin/works")).get().outerHtml(), "/admin/works"));

        assertThat(problems).isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
