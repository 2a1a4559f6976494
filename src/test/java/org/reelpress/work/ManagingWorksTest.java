package org.reelpress.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import org.reelpress.media.Media;
import org.reelpress.media.MediaRepository;
import org.reelpress.media.TestImages;
import org.reelpress.post.Markdown;
import org.reelpress.post.NewPost;
import org.reelpress.post.PostRepository;
import org.reelpress.post.PostStatus;
import org.springframework.beans.factory.annotation.Autowired;

class ManagingWorksTest extends BlogTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    @Autowired
    WorkRepository works;

    @Autowired
    MediaRepository media;

    @Autowired
    PostRepository posts;

    @Autowired
    Markdown markdown;

    private Account author;
    private Connection writer;

    @BeforeEach
    void signInAWriter() {
        author = users.create(Role.AUTHOR, "Film Writer");
        writer = signedIn(author);
    }

    /** Fills the work form as a person would: the form's own fields, with these changes, and maybe a poster file. */
    private Connection.Response submit(String formPath, List<String[]> changes, String posterName, byte[] poster)
            throws IOException {
        Document page = writer.newRequest(url(formPath)).get();
        FormElement form = (FormElement) page.selectFirst("form.work-form");
        Connection request = writer.newRequest(url(form.attr("action"))).method(Connection.Method.POST);
        for (var pair : form.formData()) {
            if (pair.key().equals("posterFile")) {
                continue;
            }
            String value = changes.stream().filter(c -> c[0].equals(pair.key())).map(c -> c[1]).findFirst().orElse(pair.value());
            request.data(pair.key(), value);
        }
        if (poster != null) {
            request.data("posterFile", posterName, new ByteArrayInputStream(poster), "image/png");
        } else {
            request.data("posterFile", "", new ByteArrayInputStream(new byte[0]), "application/octet-stream");
        }
        return request.execute();
    }

    private long publishReviewOf(long workId, String title, Instant at, int rating) {
        return posts.create(new NewPost(title.toLowerCase().replace(' ', '-'), title, "About it.", PostStatus.PUBLISHED,
                author.id(), workId, rating, true, at), markdown.renderPost("About it."), at);
    }

    @Test
    void addsAWorkWithAPosterUploadedRightThereAndShowsItsPage() throws IOException {
        Connection.Response saved = submit("/admin/works/new", List.of(
                new String[]{"kind", "film"}, new String[]{"title", "A Page of Madness"},
                new String[]{"originalTitle", "狂った一頁"}, new String[]{"year", "1926"},
                new String[]{"creator", "Teinosuke Kinugasa"}, new String[]{"country", "Japan"},
                new String[]{"runtime", "71"}, new String[]{"posterAlt", "The poster of A Page of Madness"}),
                "madness.png", TestImages.image("png", 600, 900));

        assertThat(saved.statusCode()).isEqualTo(303);
        long id = Long.parseLong(saved.header("Location").replaceAll(".*/", ""));
        Work work = works.find(id).orElseThrow();
        assertThat(work.slug()).startsWith("a-page-of-madness-1926");
        assertThat(work.runtimeMinutes()).isEqualTo(71);
        Media poster = media.find(work.posterId()).orElseThrow();
        assertThat(poster.alt()).isEqualTo("The poster of A Page of Madness");
        Document edit = writer.newRequest(url("/admin/works/" + id)).get();
        assertThat(edit.selectFirst("#notice").text()).startsWith("Added A Page of Madness.");
        assertThat(edit.selectFirst("#poster option[selected]").val()).isEqualTo(String.valueOf(poster.id()));

        Document page = get(work.link());
        assertThat(page.selectFirst("h1").text()).isEqualTo("A Page of Madness");
        assertThat(page.selectFirst(".original-title").text()).isEqualTo("狂った一頁");
        assertThat(page.selectFirst(".creator").text()).isEqualTo("Teinosuke Kinugasa");
        assertThat(page.selectFirst(".runtime").text()).isEqualTo("1 h 11 min");
        Element img = page.selectFirst("img.poster");
        assertThat(img.attr("src")).isEqualTo(poster.url(300));
        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(img.attr("height")).isEqualTo("450");
        assertThat(img.attr("srcset")).isEqualTo(poster.url(150) + " 150w, " + poster.url(300) + " 300w, " + poster.url() + " 600w");
        assertThat(img.attr("alt")).isEqualTo("The poster of A Page of Madness");
        assertThat(page.selectFirst("#reviews-title").text()).isEqualTo("No reviews yet");
        assertThat(CHECKER.errorsIn(page.outerHtml())).isEmpty();
        assertThat(CHECKER.errorsIn(edit.outerHtml())).isEmpty();
    }

    @Test
    void keepsEverythingTypedWhenTheYearAndRuntimeAreOutOfRange() throws IOException {
        Connection.Response refused = submit("/admin/works/new", List.of(
                new String[]{"title", "기생충"}, new String[]{"year", "1492"}, new String[]{"runtime", "-5"},
                new String[]{"creator", "Bong Joon-ho"}), null, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = refused.parse();
        assertThat(page.selectFirst("#year-problem").text()).startsWith("Give the year as four digits, from 1870");
        assertThat(page.selectFirst("#runtime-problem").text()).isEqualTo("Give the runtime in whole minutes, from 1 to 10000, or leave it empty.");
        assertThat(page.selectFirst("#title").val()).isEqualTo("기생충");
        assertThat(page.selectFirst("#year").val()).isEqualTo("1492");
        assertThat(page.selectFirst("#runtime").val()).isEqualTo("-5");
        assertThat(page.selectFirst("#creator").val()).isEqualTo("Bong Joon-ho");
        assertThat(page.selectFirst("#year").attr("aria-describedby")).isEqualTo("year-problem");
        assertThat(works.all()).noneMatch(work -> work.title().equals("기생충"));
        assertThat(CHECKER.errorsIn(page.outerHtml())).isEmpty();
    }

    @Test
    void refusesANonImagePosterKeepingTheRestOfTheForm() throws IOException {
        Connection.Response refused = submit("/admin/works/new", List.<String[]>of(new String[]{"title", "Our Blues"},
                new String[]{"kind", "series"}), "poster.png", "not a picture at all".getBytes());

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = refused.parse();
        assertThat(page.selectFirst("#posterFile-problem").text()).startsWith("That file is not a JPEG, PNG, WebP or GIF image");
        assertThat(page.selectFirst("#title").val()).isEqualTo("Our Blues");
        assertThat(page.selectFirst("#kind option[selected]").val()).isEqualTo("series");
    }

    @Test
    void listsEveryPublishedReviewOfAWorkNewestFirstAPageAtATime() throws IOException {
        long id = works.create(new NewWork(WorkKind.FILM, "paged-work-" + System.nanoTime(), "Paged Work", null, 2001,
                null, null, 95, null), Instant.now());
        Work work = works.find(id).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publishReviewOf(id, "First look " + id, now.minus(3, ChronoUnit.DAYS), 6);
        publishReviewOf(id, "Second look " + id, now.minus(2, ChronoUnit.DAYS), 8);
        publishReviewOf(id, "Third look " + id, now.minus(1, ChronoUnit.DAYS), 9);
        posts.create(new NewPost("draft-look-" + id, "Draft look " + id, "Not yet.", PostStatus.DRAFT, author.id(), id,
                null, true, null), markdown.renderPost("Not yet."), now);
        settings.put("posts_per_page", "2");
        try {
            Document first = get(work.link());
            Document second = get(work.link() + "page/2/");

            assertThat(first.selectFirst("#reviews-title").text()).isEqualTo("3 reviews");
            assertThat(first.select(".work-reviews h3").eachText()).containsExactly("Third look " + id, "Second look " + id);
            assertThat(second.select(".work-reviews h3").eachText()).containsExactly("First look " + id);
            assertThat(first.selectFirst(".work-reviews .rating").attr("aria-label")).isEqualTo("Rated 4.5 out of 5");
            String link = first.selectFirst(".work-reviews h3 a").attr("href");
            assertThat(get(link).selectFirst("h1").text()).isEqualTo("Third look " + id);
            assertThat(session().url(url(work.link() + "page/3/")).execute().statusCode()).isEqualTo(404);
            assertThat(CHECKER.errorsIn(first.outerHtml())).isEmpty();
        } finally {
            settings.put("posts_per_page", "10");
        }
    }

    @Test
    void showsThePosterOnTheReviewAndLinksTheWorkLineToTheWorkPage() throws IOException {
        Connection.Response saved = submit("/admin/works/new", List.<String[]>of(new String[]{"title", "Poster On Review"},
                new String[]{"year", "2019"}), "review-poster.png", TestImages.image("png", 1200, 1800));
        Work work = works.find(Long.parseLong(saved.header("Location").replaceAll(".*/", ""))).orElseThrow();
        Media poster = media.find(work.posterId()).orElseThrow();
        publishReviewOf(work.id(), "Review with a poster " + work.id(), Instant.now(), 7);

        Document review = get(get(work.link()).selectFirst(".work-reviews h3 a").attr("href"));

        Element img = review.selectFirst(".work-line img");
        assertThat(img.attr("src")).isEqualTo(poster.url(300));
        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(img.attr("height")).isEqualTo("450");
        assertThat(img.attr("srcset")).contains(poster.url(150) + " 150w", poster.url(1024) + " 1024w", poster.url() + " 1200w");
        assertThat(img.attr("alt")).isEqualTo("Poster of Poster On Review");
        assertThat(review.select(".work-line a").eachAttr("href")).containsOnly(work.link());
        assertThat(CHECKER.errorsIn(review.outerHtml())).isEmpty();
    }

    @Test
    void refusesToDeleteAnImageThatIsAPosterAndSaysWhere() throws IOException {
        Connection.Response saved = submit("/admin/works/new", List.<String[]>of(new String[]{"title", "Kept Poster"}),
                "kept.png", TestImages.image("png", 100, 150));
        Work work = works.find(Long.parseLong(saved.header("Location").replaceAll(".*/", ""))).orElseThrow();
        Document question = writer.newRequest(url("/admin/media/" + work.posterId() + "/delete")).get();

        assertThat(question.selectFirst("#in-use").text()).isEqualTo("This image is still used, so it stays:");
        assertThat(question.select(".uses li").eachText()).containsExactly("the poster of Kept Poster");
        assertThat(question.select("form button.danger")).isEmpty();
        Connection.Response crafted = writer.newRequest(url("/admin/media/" + work.posterId() + "/delete"))
                .method(Connection.Method.POST)
                .data("_csrf", writer.newRequest(url("/admin/media")).get().selectFirst("input[name=_csrf]").val()).execute();
        assertThat(crafted.statusCode()).isEqualTo(303);
        assertThat(media.find(work.posterId())).isPresent();
    }

    @Test
    void givesASecondWorkWithTheSameTitleAndYearAnAddressOfItsOwn() throws IOException {
        String title = "Twice Made " + System.nanoTime();
        submit("/admin/works/new", List.<String[]>of(new String[]{"title", title}, new String[]{"year", "1999"}), null, null);
        Connection.Response second = submit("/admin/works/new", List.<String[]>of(new String[]{"title", title},
                new String[]{"year", "1999"}), null, null);

        Work work = works.find(Long.parseLong(second.header("Location").replaceAll(".*/", ""))).orElseThrow();
        assertThat(work.slug()).endsWith("-1999-2");
        assertThat(writer.newRequest(url("/admin/works/" + work.id())).get().selectFirst("#notice").text())
                .contains("so this one is at " + work.slug());
    }
}
