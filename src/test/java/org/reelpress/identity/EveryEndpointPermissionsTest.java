package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.Comment;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.identity.EndpointTable.Sample;
import org.reelpress.identity.UserFixtures.Account;
import org.reelpress.media.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's table of who may do what, against every endpoint the application serves, as each
 * kind of visitor: not signed in, commenter, contributor, author, editor, administrator. Allowed
 * means anything but a refusal or a server error; refused means 401, 403 or being sent to sign in.
 * A blog of its own, since the probes block users, trash posts and change settings.
 */
@TestPropertySource(properties = "reelpress.test.blog=every-endpoint")
class EveryEndpointPermissionsTest extends BlogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HIJACKED_TITLE = "Hijacked title";
    /** The name of the application password the probes try to revoke from another account. */
    private static final String VICTIMS_TOOL = "Victim's tool";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ApplicationPasswords applicationPasswords;

    @Autowired
    private CommentRepository comments;

    @Autowired
    private UserRepository accounts;

    @Test
    void everyRouteTheApplicationServesSaysWhoMayUseIt() {
        Set<String> served = servedRoutes();
        Set<String> listed = EndpointTable.probes(emptySample()).stream().map(Probe::route).collect(Collectors.toSet());

        assertThat(new TreeSet<>(served)).as("routes served but missing from EndpointTable")
                .isSubsetOf(listed);
        assertThat(listed.stream().filter(route -> !served.contains(route) && !EndpointTable.SECURITY_FILTERS.contains(route)))
                .as("routes in EndpointTable the application no longer serves").isEmpty();
    }

    @Test
    void eachVisitorGetsExactlyWhatTheReadmeTableAllows() throws IOException {
        Account owner = users.create(Role.EDITOR, "Owner");
        Account victim = users.create(Role.AUTHOR, "Victim");
        String victimSecret = applicationPasswords.create(victim.id(), VICTIMS_TOOL);
        Account administrator = users.create(Role.ADMINISTRATOR, "Visiting administrator");
        Connection administratorBrowser = signedIn(administrator);
        Connection ownerBrowser = signedIn(owner);
        Sample sample = sample(ownerBrowser, owner, victim, administratorBrowser);
        List<Probe> probes = EndpointTable.probes(sample);

        List<String> problems = new ArrayList<>();
        for (Visitor visitor : List.of(anonymous(sample), visitor(Role.COMMENTER, sample), visitor(Role.CONTRIBUTOR, sample),
                visitor(Role.AUTHOR, sample))) {
            problems.addAll(probe(visitor, probes));
        }
        // nobody below an editor changed what belongs to others
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(fetch(sample.permalink()).statusCode()).as("the owner's review, still published").isEqualTo(200);
        softly.assertThat(comments.find(sample.commentId()).orElseThrow().status()).as("the reader's comment")
                .isEqualTo(CommentStatus.APPROVED);
        softly.assertThat(comments.find(sample.commentId()).orElseThrow().bodyHtml().text()).contains("First words from a reader.");
        softly.assertThat(comments.find(sample.heldCommentId()).orElseThrow().status()).as("the held comment")
                .isEqualTo(CommentStatus.PENDING);
        softly.assertThat(accounts.find(victim.id()).orElseThrow().blocked()).as("the victim, blocked").isFalse();
        softly.assertThat(applicationPasswords.authenticate(victim.login(), victimSecret))
                .as("the victim's application password, still good").isPresent();
        softly.assertThat(settings.site().title()).as("the blog's title").isNotEqualTo(HIJACKED_TITLE);
        softly.assertThat(fetch("/media/" + sample.mediaName()).statusCode()).as("the owner's image").isEqualTo(200);

        problems.addAll(probe(visitor(Role.EDITOR, sample), probes));
        // and those allowed did change them: the probes reach what they name
        softly.assertThat(fetch(sample.permalink()).statusCode()).as("the review, trashed by the editor").isEqualTo(404);
        republish(ownerBrowser, sample.postId());
        problems.addAll(probe(visitor(administrator, Role.ADMINISTRATOR, administratorBrowser, sample), probes));
        softly.assertThat(problems).as("answers against the README's table").isEmpty();
        softly.assertThat(comments.find(sample.heldCommentId()).map(Comment::status)).as("the held comment, moderated")
                .isNotEqualTo(Optional.of(CommentStatus.PENDING));
        softly.assertThat(settings.site().title()).as("the title, changed by the administrator").isEqualTo(HIJACKED_TITLE);
        softly.assertAll();
    }

    /** What each probe answered {@code visitor} that the table does not allow, or a server error. */
    private static List<String> probe(Visitor visitor, List<Probe> probes) {
        List<String> problems = new ArrayList<>();
        for (Probe probe : probes) {
            Visitor.Answer answer = visitor.send(probe);
            boolean allowed = probe.need().lets(visitor.role());
            String said = visitor + " " + probe + " (needs " + probe.need().label() + ") → " + answer.status()
                    + (answer.location() == null ? "" : " " + answer.location());
            if (answer.status() >= 500) {
                problems.add(said + ": server error");
            } else if (allowed && answer.refused()) {
                problems.add(said + ": refused, though the table allows it");
            } else if (!allowed && !answer.refused()) {
                problems.add(said + ": let in, though the table does not allow it");
            }
        }
        return problems;
    }

    /** Each route as "METHOD /path", with its parameter conditions and " json" when it produces JSON. */
    private Set<String> servedRoutes() {
        Set<String> routes = new HashSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                        : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
                String params = info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                        .collect(Collectors.joining("&"));
                boolean json = info.getProducesCondition().getProducibleMediaTypes().stream()
                        .anyMatch(type -> type.getSubtype().contains("json"));
                for (String pattern : info.getPatternValues()) {
                    String path = pattern.replaceAll("\\{(\\w+):(?:[^{}]|\\{[^{}]*})*}", "{$1}");
                    for (String method : methods) {
                        routes.add(method + " " + path + (params.isEmpty() ? "" : " ?" + params) + (json ? " json" : ""));
                    }
                }
            }
        }
        return routes;
    }

    private Visitor anonymous(Sample sample) {
        return Visitor.of("anonymous", null, session(), url(""), sample.permalink(), null, null);
    }

    private Visitor visitor(Role role, Sample sample) {
        Account account = users.create(role, "Visiting " + role.column());
        return visitor(account, role, signedIn(account), sample);
    }

    private Visitor visitor(Account account, Role role, Connection browser, Sample sample) {
        return Visitor.of(role.column(), role, browser, url(""), sample.permalink(),
                applicationPasswords.create(account.id(), "Probe tool"), account.login());
    }

    /** The fixture data: a review by {@code owner} written in the editor, with a work, terms, comments and an image. */
    private Sample sample(Connection ownerBrowser, Account owner, Account victim, Connection administratorBrowser) throws IOException {
        Document editor = ownerBrowser.newRequest(url("/admin/posts/new")).get();
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("title", "Probed review");
        changes.put("markdown", "A review every visitor pokes at.");
        changes.put("newCategory", "Probed category");
        changes.put("tags", "probed");
        changes.put("work", "new");
        changes.put("workKind", "film");
        changes.put("workTitle", "Probed film");
        changes.put("rating", "4");
        changes.put("status", "published");
        Connection.Response saved = sendEditorForm(ownerBrowser, editor, changes);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String edit = saved.header("Location").replaceAll("^https?://[^/]+", "");
        long postId = Long.parseLong(edit.replaceAll(".*/(\\d+)/edit$", "$1"));
        String permalink = ownerBrowser.newRequest(url(edit)).get().selectFirst(".view-link a").attr("href")
                .replaceAll("^https?://[^/]+", "");
        Document review = ownerBrowser.newRequest(url(permalink)).get();
        String revisionLink = ownerBrowser.newRequest(url("/admin/posts/" + postId + "/revisions")).get()
                .selectFirst("a[href~=/revisions/\\d+$]").attr("href");
        String workLink = ownerBrowser.newRequest(url("/admin/works")).get().selectFirst("a[href~=/admin/works/\\d+$]").attr("href");

        MadePost post = new MadePost(postId, "Probed review", permalink);
        long comment = fixtures.comment(post, null, "Early Reader", "First words from a reader.");
        long held = fixtures.comment(post, null, "Waiting Reader", "Waiting for a moderator.", CommentStatus.PENDING);

        Document library = ownerBrowser.newRequest(url("/admin/media")).get();
        Connection.Response uploaded = ownerBrowser.newRequest(url("/admin/media")).method(Connection.Method.POST)
                .header("Accept", "application/json").ignoreContentType(true)
                .data("_csrf", library.selectFirst("form.upload input[name=_csrf]").val()).data("alt", "A probed poster")
                .data("file", "poster.png", new ByteArrayInputStream(TestImages.image("png", 40, 30)), "image/png")
                .execute();
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode image = JSON.readTree(uploaded.body());

        long victimPassword = applicationPasswords.of(victim.id()).stream()
                .filter(password -> password.name().equals(VICTIMS_TOOL)).findFirst().orElseThrow().id();

        Document settingsPage = administratorBrowser.newRequest(url("/admin/settings")).get();
        Map<String, String> settingsForm = new LinkedHashMap<>();
        for (Connection.KeyVal field : ((FormElement) settingsPage.selectFirst("form[action=/admin/settings]")).formData()) {
            if (!field.key().equals("_csrf")) {
                settingsForm.put(field.key(), field.key().equals("title") ? HIJACKED_TITLE : field.value());
            }
        }

        String[] date = permalink.replaceAll("^/(\\d{4})/(\\d{2})/(?:(\\d{2})/)?.*$", "$1 $2 $3").split(" ", -1);
        return new Sample(postId, permalink, date[0], date[1], date[2].isEmpty() ? "01" : date[2],
                permalink.replaceAll(".*/([^/]+)/$", "$1"), Long.parseLong(revisionLink.replaceAll(".*/", "")),
                review.selectFirst("a[href^=/category/]").attr("href").split("/")[2],
                review.selectFirst("a[href^=/tag/]").attr("href").split("/")[2],
                Long.parseLong(workLink.replaceAll(".*/", "")),
                review.selectFirst("a[href^=/works/]").attr("href").split("/")[2],
                owner.login(), owner.id(), comment, held, image.get("id").asLong(),
                image.get("url").asString().replaceAll(".*/media/", ""), victim.id(), victimPassword, settingsForm);
    }

    private static Sample emptySample() {
        return new Sample(1, "/", "2000", "01", "01", "s", 1, "c", "t", 1, "w", "a", 1, 1, 1, 1, "m", 1, 1, Map.of());
    }

    /** The owner takes the review out of the trash and publishes it again, as the list's bulk actions do. */
    private void republish(Connection ownerBrowser, long postId) throws IOException {
        for (String action : List.of("restore", "publish")) {
            Document list = ownerBrowser.newRequest(url("/admin/posts")).get();
            Connection.Response done = ownerBrowser.newRequest(url("/admin/posts/bulk")).method(Connection.Method.POST)
                    .data("_csrf", list.selectFirst("input[name=_csrf]").val())
                    .data("ids", String.valueOf(postId)).data("action", action).execute();
            assertThat(done.statusCode()).isEqualTo(303);
        }
        assertThat(fetch("/wp-json/wp/v2/posts/" + postId).statusCode()).as("the review, published again").isEqualTo(200);
    }

    private Connection.Response fetch(String path) throws IOException {
        return session().newRequest(url(path)).ignoreContentType(true).execute();
    }
}
