package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jsoup.Connection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import org.reelpress.post.Markdown;
import org.reelpress.post.PostRepository;
import org.reelpress.post.Slugs;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.TermRepository;
import org.reelpress.work.WorkKind;
import org.reelpress.work.WorkRepository;
import org.springframework.beans.factory.annotation.Autowired;

class PostFeedsTest extends BlogTest {

    @Autowired
    PostRepository posts;
    @Autowired
    WorkRepository works;
    @Autowired
    TermRepository terms;
    @Autowired
    Markdown markdown;

    private Reviews reviews;
    private Account writer;

    @BeforeEach
    void aWriter() {
        reviews = new Reviews(posts, works, terms, markdown, settings);
        writer = users.create(Role.AUTHOR, "Feed Writer");
    }

    private Connection.Response fetch(String path) throws IOException {
        return session().url(url(path)).ignoreContentType(true).execute();
    }

    private Reviews.Made review(String title, String body, List<String> categories, List<String> tags) {
        return reviews.review(title, body, writer.id(), null, 8, categories, tags, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void servesTheBlogAsRss20AtFeedWithTheWholeReview() throws Exception {
        Reviews.Made made = review(Reviews.unique("Rss review"), "Some **bold** words and ![a still](/media/still.png).", List.of(), List.of());

        Connection.Response response = fetch("/feed/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/rss+xml");
        SyndFeed feed = FeedRules.readRss(response.body());
        SyndEntry entry = entryTitled(feed, made.title());
        assertThat(entry.getLink()).isEqualTo(url(made.permalink()));
        assertThat(entry.getContents().getFirst().getValue())
                .contains("<strong>bold</strong>").contains("src=\"" + url("/media/still.png") + "\"");
        assertThat(entry.getAuthor()).isEqualTo(writer.displayName());
        assertThat(response.body()).doesNotContain(writer.email());
    }

    @Test
    void servesTheBlogAsAtomAtFeedAtomWithTheSameLastingIds() throws Exception {
        Reviews.Made made = review(Reviews.unique("Atom review"), "Text.", List.of(), List.of());

        SyndFeed atom = FeedRules.readAtom(fetch("/feed/atom/").body());
        SyndFeed rss = FeedRules.readRss(fetch("/feed/rss2/").body());

        String id = entryTitled(atom, made.title()).getUri();
        assertThat(id).startsWith("urn:uuid:");
        assertThat(entryTitled(rss, made.title()).getUri()).isEqualTo(id);
        assertThat(entryTitled(FeedRules.readAtom(fetch("/feed/atom/").body()), made.title()).getUri()).isEqualTo(id);
        assertThat(entryTitled(atom, made.title()).getLink()).isEqualTo(url(made.permalink()));
    }

    @Test
    void givesOnlyTheExcerptWhenTheBlogSaysSo() throws Exception {
        Reviews.Made made = review(Reviews.unique("Excerpt review"), "The opening line.\n\nA second paragraph with *more*.",
                List.of(), List.of());
        settings.put("feed_content", "excerpt");
        try {
            SyndEntry rss = entryTitled(FeedRules.readRss(fetch("/feed/").body()), made.title());
            SyndEntry atom = entryTitled(FeedRules.readAtom(fetch("/feed/atom/").body()), made.title());

            assertThat(rss.getContents()).isEmpty();
            assertThat(atom.getContents()).isEmpty();
            assertThat(rss.getDescription().getValue()).contains("The opening line");
            assertThat(atom.getDescription().getValue()).contains("The opening line");
        } finally {
            settings.put("feed_content", "full");
        }
    }

    @Test
    void listsOnlyACategorysReviewsWithTheirCategoriesAndTags() throws Exception {
        String category = Reviews.unique("Noir");
        String tag = Reviews.unique("rain");
        Reviews.Made filed = review(Reviews.unique("Filed review"), "Text.", List.of(category), List.of(tag));
        Reviews.Made elsewhere = review(Reviews.unique("Unfiled review"), "Text.", List.of(), List.of());
        String categoryPath = "/category/" + terms.find(Taxonomy.CATEGORY, Slugs.from(category)).orElseThrow().slug() + "/";

        SyndFeed rss = FeedRules.readRss(fetch(categoryPath + "feed/").body());
        SyndFeed atom = FeedRules.readAtom(fetch(categoryPath + "feed/atom/").body());

        assertThat(rss.getEntries()).extracting(SyndEntry::getTitle).containsExactly(filed.title());
        assertThat(atom.getEntries()).extracting(SyndEntry::getTitle).containsExactly(filed.title());
        assertThat(rss.getEntries().getFirst().getCategories()).extracting(SyndCategory::getName).contains(category, tag);
        assertThat(rss.getTitle()).contains("Category: " + category);
        assertThat(rss.getEntries()).extracting(SyndEntry::getTitle).doesNotContain(elsewhere.title());
    }

    @Test
    void givesAnEmptyCategoryAValidEmptyFeedInBothFormats() throws Exception {
        String slug = terms.findOrCreate(Taxonomy.CATEGORY, Reviews.unique("Nothing filed yet")).slug();

        Connection.Response rss = fetch("/category/" + slug + "/feed/");
        Connection.Response atom = fetch("/category/" + slug + "/feed/atom/");

        assertThat(rss.statusCode()).isEqualTo(200);
        assertThat(FeedRules.readRss(rss.body()).getEntries()).isEmpty();
        assertThat(FeedRules.readAtom(atom.body()).getEntries()).isEmpty();
        assertThat(atom.header("Last-Modified")).isNotBlank();
    }

    @Test
    void listsATagsAnAuthorsAndAWorksReviews() throws Exception {
        String tag = Reviews.unique("Long takes");
        long work = reviews.work(WorkKind.FILM, "Stalker", "Сталкер", 1979, "Andrei Tarkovsky");
        Reviews.Made made = reviews.review(Reviews.unique("Zone review"), "Text.", writer.id(), work, 9, List.of(),
                List.of(tag), Instant.now());
        String tagSlug = terms.find(Taxonomy.TAG, Slugs.from(tag)).orElseThrow().slug();
        String workSlug = works.find(work).orElseThrow().slug();

        for (String path : List.of("/tag/" + tagSlug + "/feed/", "/author/" + writer.login() + "/feed/",
                "/works/" + workSlug + "/feed/")) {
            assertThat(FeedRules.readRss(fetch(path).body()).getEntries()).as(path)
                    .extracting(SyndEntry::getTitle).containsExactly(made.title());
            assertThat(FeedRules.readAtom(fetch(path + "atom/").body()).getEntries()).as(path + "atom/")
                    .extracting(SyndEntry::getTitle).containsExactly(made.title());
        }
    }

    @Test
    void keepsUnicodeAndDropsCharactersXmlForbids() throws Exception {
        Reviews.Made made = review("7번방의 선물 \u0007— 狂った一頁 🎬 " + Reviews.unique(""), "본문 \u0001텍스트 \uD800끝", List.of(), List.of());
        String clean = made.title().replace("\u0007", "");

        SyndFeed rss = FeedRules.readRss(fetch("/feed/").body());
        SyndFeed atom = FeedRules.readAtom(fetch("/feed/atom/").body());

        assertThat(entryTitled(rss, clean).getContents().getFirst().getValue()).contains("본문 텍스트 끝");
        assertThat(entryTitled(atom, clean).getTitle()).contains("🎬", "7번방의 선물", "狂った一頁");
    }

    @Test
    void answersAnUnknownFeedOrFormatOrAReadersAccountWithNotFound() throws IOException {
        Account reader = users.create(Role.COMMENTER, "Just A Reader");

        assertThat(fetch("/category/no-such-category/feed/").statusCode()).isEqualTo(404);
        assertThat(fetch("/tag/no-such-tag/feed/atom/").statusCode()).isEqualTo(404);
        assertThat(fetch("/works/no-such-work/feed/").statusCode()).isEqualTo(404);
        assertThat(fetch("/author/" + reader.login() + "/feed/").statusCode()).isEqualTo(404);
        assertThat(fetch("/feed/json/").statusCode()).isEqualTo(404);
    }

    @Test
    void neverEchoesAMalformedForwardedHostIntoLinks() throws Exception {
        review(Reviews.unique("Host review"), "Text.", List.of(), List.of());

        String xml = session().url(url("/feed/atom/")).ignoreContentType(true)
                .header("X-Forwarded-Host", "evil.example\"/><x y=\"").execute().body();

        FeedRules.readAtom(xml);
        assertThat(xml).doesNotContain("evil.example");
    }

    private static SyndEntry entryTitled(SyndFeed feed, String title) {
        return feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry titled " + title + " in " + feed.getEntries().stream().map(SyndEntry::getTitle).toList()));
    }
}
