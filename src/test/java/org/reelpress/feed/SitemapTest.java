package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Connection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import org.reelpress.post.Markdown;
import org.reelpress.post.NewPost;
import org.reelpress.post.PostRepository;
import org.reelpress.post.PostStatus;
import org.reelpress.post.Slugs;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.TermRepository;
import org.reelpress.work.WorkKind;
import org.reelpress.work.WorkRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SitemapTest extends BlogTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

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
        writer = users.create(Role.AUTHOR, "Mapped Writer");
    }

    private record Entry(String loc, String lastmod) {
    }

    @Test
    void indexesEveryKindOfPublicPageWithItsLastChange() throws Exception {
        String category = Reviews.unique("Mapped category");
        String tag = Reviews.unique("Mapped tag");
        long work = reviews.work(WorkKind.FILM, "Mapped film", null, 2001, null);
        Reviews.Made made = reviews.review(Reviews.unique("Mapped review"), "Text.", writer.id(), work, 6,
                List.of(category), List.of(tag), Instant.now());
        String draft = Reviews.unique("Unpublished draft");
        posts.create(new NewPost(Slugs.from(draft), draft, "Secret.", PostStatus.DRAFT, writer.id(), null, null, true, null),
                markdown.renderPost("Secret."), Instant.now());

        Connection.Response index = fetch("/sitemap.xml");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("application/xml");
        List<Entry> files = entries(index.body(), "sitemapindex", "sitemap");
        assertThat(files).extracting(Entry::loc).contains(url("/sitemap-home-1.xml"), url("/sitemap-posts-1.xml"),
                url("/sitemap-categories-1.xml"), url("/sitemap-tags-1.xml"), url("/sitemap-works-1.xml"));
        List<String> addresses = new ArrayList<>();
        for (Entry file : files) {
            Connection.Response part = fetch(file.loc().substring(url("").length()));
            assertThat(part.statusCode()).as(file.loc()).isEqualTo(200);
            List<Entry> urls = entries(part.body(), "urlset", "url");
            assertThat(urls).as(file.loc()).isNotEmpty();
            urls.forEach(u -> addresses.add(u.loc()));
        }
        assertThat(addresses).doesNotHaveDuplicates().contains(url("/"), url(made.permalink()),
                url("/category/" + Slugs.from(category) + "/"), url("/tag/" + Slugs.from(tag) + "/"),
                url("/works/" + works.find(work).orElseThrow().slug() + "/"));
        assertThat(addresses).noneMatch(a -> a.contains(Slugs.from(draft)));
    }

    @Test
    void answersAFileTheIndexDoesNotListWithNotFound() throws IOException {
        assertThat(fetch("/sitemap-posts-999.xml").statusCode()).isEqualTo(404);
        assertThat(fetch("/sitemap-passwords-1.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void leavesOutACategoryWithNothingPublishedInIt() throws Exception {
        String empty = terms.findOrCreate(Taxonomy.CATEGORY, Reviews.unique("Still empty")).slug();

        String categories = fetch("/sitemap-categories-1.xml").body();

        assertThat(entries(categories, "urlset", "url")).extracting(Entry::loc).doesNotContain(url("/category/" + empty + "/"));
    }

    @Test
    void tellsCrawlersWhereTheSitemapIsAndToKeepOutOfTheAdminPages() throws IOException {
        Connection.Response robots = fetch("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.contentType()).startsWith("text/plain");
        List<String> lines = robots.body().lines().toList();
        assertThat(lines).contains("User-agent: *", "Disallow: /admin", "Sitemap: " + url("/sitemap.xml"));
    }

    private Connection.Response fetch(String path) throws IOException {
        return session().url(url(path)).ignoreContentType(true).execute();
    }

    /** Parses a sitemap file strictly and checks each entry: an absolute, unique loc and a W3C lastmod. */
    private static List<Entry> entries(String xml, String root, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo(root);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        NodeList nodes = doc.getElementsByTagNameNS(NS, element);
        assertThat(nodes.getLength()).isLessThanOrEqualTo(Sitemaps.URLS_PER_FILE);
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            String loc = node.getElementsByTagNameNS(NS, "loc").item(0).getTextContent();
            String lastmod = node.getElementsByTagNameNS(NS, "lastmod").item(0).getTextContent();
            assertThat(loc).matches("https?://[^/]+/.*");
            assertThat(seen.add(loc)).as("%s listed once", loc).isTrue();
            OffsetDateTime.parse(lastmod);
            entries.add(new Entry(loc, lastmod));
        }
        return entries;
    }
}
