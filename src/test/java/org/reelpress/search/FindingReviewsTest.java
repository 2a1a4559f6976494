package org.reelpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.HtmlChecker;
import org.reelpress.ReelpressApplication;
import org.reelpress.identity.Role;
import org.reelpress.post.Markdown;
import org.reelpress.post.NewPost;
import org.reelpress.post.PostChanged;
import org.reelpress.post.PostRepository;
import org.reelpress.post.PostStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A reader searching the running blog, and the index following the writer's every change. */
// a blog of its own: it compares the index with every published post, and other tests change posts behind the index's back
@TestPropertySource(properties = "reelpress.test.blog=search")
class FindingReviewsTest extends BlogTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient db;

    @Autowired
    PostRepository posts;

    @Autowired
    Markdown markdown;

    @Value("${reelpress.data-dir}")
    String dataDir;

    /** A made-up word found in no other test's posts, and too far from any of theirs to match as a typo. */
    private static String word() {
        StringBuilder word = new StringBuilder("q");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 11; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private MadePost published(String title, String text) {
        MadePost post = fixtures.post(title, text);
        events.publishEvent(new PostChanged(post.id()));
        return post;
    }

    @Test
    void aSearchThatAlsoCarriesWordPressesPostNumberStillAnswers() throws java.io.IOException {
        assertThat(session().url(url("/?s=film&p=2")).execute().statusCode()).isEqualTo(200);
        assertThat(session().url(url("/?p=1&page_id=2")).execute().statusCode()).isNotEqualTo(500);
    }

    private Document search(String words) {
        return get("/?s=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    private static List<String> titles(Document results) {
        return results.select(".search-hits h2").eachText();
    }

    private void setStatus(long id, PostStatus status) {
        db.sql("UPDATE posts SET status = :status WHERE id = :id").param("status", status.column()).param("id", id).update();
    }

    @Test
    void findsAPublishedReviewByAWordOfItsTextAndMarksTheWord() {
        String word = word();
        MadePost post = published("The lighthouse keeper", "A slow film about a keeper who says " + word + " once.");

        Document results = search(word);

        assertThat(titles(results)).containsExactly(post.title());
        assertThat(results.selectFirst(".search-hits h2 a").attr("href")).isEqualTo(post.permalink());
        assertThat(results.select(".snippet mark").eachText()).containsExactly(word);
        assertThat(results.selectFirst("#search-words").val()).as("the words stay in the box").isEqualTo(word);
        assertThat(results.selectFirst(".search-count").text()).isEqualTo("One result");
    }

    @Test
    void findsKoreanJapaneseAndChineseWordsOverTheWeb() {
        String word = word();
        MadePost korean = published("7번방의 선물 " + word, "아버지가 딸에게 남긴 선물.");
        MadePost japanese = published("千と千尋の神隠し " + word, "湯屋で働く少女の物語。");
        MadePost chinese = published("霸王别姬 " + word, "这部电影讲述了两个京剧演员。");

        assertThat(titles(search("선물 " + word))).containsExactly(korean.title());
        assertThat(titles(search("神隠し " + word))).containsExactly(japanese.title());
        assertThat(titles(search("京剧 " + word))).containsExactly(chinese.title());
    }

    @Test
    void followsAnEditOfTheText() {
        String before = word();
        String after = word();
        MadePost post = published("Edited review", "First thoughts: " + before + ".");
        assertThat(titles(search(before))).containsExactly(post.title());

        String text = "Second thoughts: " + after + ".";
        db.sql("UPDATE posts SET markdown = :markdown, html = :html, updated_at = :now WHERE id = :id")
                .param("markdown", text).param("html", markdown.renderPost(text).html())
                .param("now", Instant.now().toEpochMilli()).param("id", post.id()).update();
        events.publishEvent(new PostChanged(post.id()));

        assertThat(titles(search(before))).isEmpty();
        assertThat(titles(search(after))).containsExactly(post.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft", "scheduled", "private", "trash"})
    void dropsAReviewThatLeavesThePublicBlog(String status) {
        String word = word();
        MadePost post = published("Soon to be hidden", "Words: " + word);
        assertThat(titles(search(word))).containsExactly(post.title());

        setStatus(post.id(), PostStatus.valueOf(status.toUpperCase()));
        events.publishEvent(new PostChanged(post.id()));

        Document results = search(word);
        assertThat(titles(results)).isEmpty();
        assertThat(results.selectFirst(".empty").text()).startsWith("Nothing found");
    }

    @Test
    void dropsADeletedReviewAndFindsItAgainOnceRepublished() {
        String word = word();
        MadePost gone = published("To be deleted", "Words: " + word);
        db.sql("DELETE FROM posts WHERE id = :id").param("id", gone.id()).update();
        events.publishEvent(new PostChanged(gone.id()));
        assertThat(titles(search(word))).isEmpty();

        MadePost back = published("To be unpublished and back", "Words: " + word);
        setStatus(back.id(), PostStatus.DRAFT);
        events.publishEvent(new PostChanged(back.id()));
        setStatus(back.id(), PostStatus.PUBLISHED);
        events.publishEvent(new PostChanged(back.id()));
        assertThat(titles(search(word))).containsExactly(back.title());
    }

    @Test
    void neverShowsADraft() {
        String word = word();
        long author = users.create(Role.AUTHOR, "Drafting").id();
        long draft = posts.create(new NewPost("a-draft-" + word, "A draft " + word, word, PostStatus.DRAFT, author,
                null, null, true, null), markdown.renderPost(word), Instant.now());
        events.publishEvent(new PostChanged(draft));

        assertThat(titles(search(word))).isEmpty();
    }

    @Test
    void checksTheDatabaseBeforeShowingAResult() {
        String word = word();
        MadePost post = published("Made private behind the index's back", "Words: " + word);
        setStatus(post.id(), PostStatus.PRIVATE);

        assertThat(titles(search(word))).isEmpty();
    }

    @Test
    void pagesThroughManyResults() {
        settings.put("posts_per_page", "2");
        try {
            String word = word();
            for (int i = 0; i < 3; i++) {
                published("Paged result", "Words: " + word);
            }
            Document first = search(word);
            assertThat(first.select(".search-hits h2")).hasSize(2);
            assertThat(first.selectFirst(".search-count").text()).isEqualTo("3 results");
            String more = first.selectFirst(".paging a[rel=next]").attr("href");
            assertThat(more).isEqualTo("/page/2/?s=" + word);

            Document second = get(more);
            assertThat(second.select(".search-hits h2")).hasSize(1);
            assertThat(second.selectFirst("#search-words").val()).isEqualTo(word);
        } finally {
            settings.put("posts_per_page", "10");
        }
    }

    @Test
    void answersThePrettySearchAddressToo() {
        String word = word();
        MadePost post = published("Pretty address", "Words: " + word);

        assertThat(titles(get("/search/" + word + "/"))).containsExactly(post.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "the of and", "\"unbalanced", "title:(+a -b) AND [x TO *]~2^3", "🎬🍿", "\\", "*",
            "' OR 1=1 --", "%", "<script>alert(1)</script>"})
    void answersOddQueriesWithAPageNotAnError(String words) throws IOException {
        Connection.Response response = session().url(url("/?s=" + URLEncoder.encode(words, StandardCharsets.UTF_8))).execute();

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = response.parse();
        assertThat(page.select(".empty, .search-hits")).isNotEmpty();
        assertThat(page.selectFirst("#search-words").val()).isEqualTo(words.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"film\u0000noir", "\u0001\u0007\u001b[31m\u007f", "\u200B\uFEFF", "a AND b OR NOT c",
            "\"the\" \"of\"", "🎬🍿🎞️👩‍👩‍👧", "title_en:film", "film~ film^9 film*"})
    void answersQueriesWithControlCharactersAndSyntaxWithAPage(String words) throws IOException {
        Connection.Response response = fetch("/?s=" + URLEncoder.encode(words, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(org.jsoup.Jsoup.parse(html).select(".empty, .search-hits")).isNotEmpty();
        assertThat(CHECKER.errorsIn(html)).as("the words shown back").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?s=%ED%A0%80", "/?s=%ED%B0%80film", "/?s=%F0%9F", "/?s=%FF%FE", "/?s=%C0%AF", "/?s=%",
            "/?s=%zz", "/?s=%00", "/search/%ED%A0%80/", "/search/%F0%9F/", "/page/2/?s=%ED%A0%80"})
    void answersBrokenCharactersInTheAddressWithoutAServerError(String path) {
        Connection.Response response = fetch(path);

        assertThat(response.statusCode()).as(path).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void answersAVeryLongWord() {
        for (String word : List.of("a".repeat(3000), "선".repeat(800), "神".repeat(800), "🎬".repeat(600))) {
            Connection.Response response = fetch("/?s=" + URLEncoder.encode(word, StandardCharsets.UTF_8));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Nothing found");
        }
    }

    @Test
    void answersAThousandWords() {
        // a thousand words, as many as fit in an address the server accepts
        String words = String.join(" ", Collections.nCopies(500, "film 선물"));

        Connection.Response response = fetch("/?s=" + URLEncoder.encode(words, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void narrowsResultsToATagOfTheFoundReviews() {
        String word = word();
        MadePost silent = fixtures.post("Silent one", "Words: " + word);
        db.sql("""
                INSERT INTO post_terms (post_id, term_id) SELECT :post, id FROM terms WHERE taxonomy = 'tag' AND slug = 'silent-film'""")
                .param("post", silent.id()).update();
        events.publishEvent(new PostChanged(silent.id()));
        MadePost other = published("Talkie", "Words: " + word);

        Document all = search(word);
        assertThat(titles(all)).containsExactlyInAnyOrder(silent.title(), other.title());
        Element narrow = all.selectFirst(".search-narrow a:contains(Silent film)");

        Document narrowed = get(narrow.attr("href"));
        assertThat(titles(narrowed)).containsExactly(silent.title());
        assertThat(narrowed.selectFirst(".search-filter").text()).contains("Tag: Silent film");
    }

    @Test
    void resultsAndTheirEmptyCaseAreValidHtml() {
        String word = word();
        published("Valid <results> & \"quotes\"", "Words: " + word + " <b>bold</b> & more.");

        for (String path : List.of("/?s=" + word, "/?s=nothing+like+this+anywhere", "/?s=", "/search/" + word + "/")) {
            Connection.Response response = fetch(path);
            assertThat(CHECKER.errorsIn(response.body())).as(path).isEmpty();
        }
    }

    @Test
    void everyPageHasASearchBox() {
        Element box = get("/").selectFirst("header form[role=search]");

        assertThat(box.attr("action")).isEqualTo("/");
        assertThat(box.selectFirst("input[type=search]").attr("name")).isEqualTo("s");
    }

    @Test
    void editorsSeeTheIndexAndRebuildIt() throws IOException {
        Connection editor = signedIn(users.create(Role.EDITOR, "Index keeper"));
        Document admin = editor.newRequest(url("/admin/search")).get();
        assertThat(admin.selectFirst("#indexed").text()).isEqualTo(admin.selectFirst("#published").text());

        Connection.Response rebuilt = editor.newRequest(url("/admin/search/rebuild")).method(Connection.Method.POST)
                .data("_csrf", admin.selectFirst("input[name=_csrf]").val()).execute();

        assertThat(rebuilt.statusCode()).isEqualTo(303);
        assertThat(rebuilt.header("Location")).isEqualTo("/admin/search");
        Document after = editor.newRequest(url("/admin/search")).get();
        assertThat(after.selectFirst(".notice").text()).startsWith("Rebuilt the search index: ");
        assertThat(CHECKER.errorsIn(after.outerHtml())).isEmpty();
    }

    @Test
    void authorsMayNotRebuildTheIndex() throws IOException {
        Connection author = signedIn(users.create(Role.AUTHOR, "Curious author"));

        assertThat(author.newRequest(url("/admin/search")).execute().statusCode()).isEqualTo(403);
        assertThat(session().url(url("/admin/search")).execute().header("Location")).endsWith("/signin");
    }

    @Test
    void theCommandRefusesWhileTheBlogHoldsTheIndex() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = RebuildSearchIndex.run(ReelpressApplication.class, List.of("--reelpress.data-dir=" + dataDir),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("in use by the running blog");
    }

    private Connection.Response fetch(String path) {
        try {
            return session().url(url(path)).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
