package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import org.springframework.beans.factory.annotation.Autowired;

class AuthorArchiveTest extends BlogTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    @Autowired
    PostRepository posts;
    @Autowired
    Markdown markdown;

    private String publish(Account author, String title) {
        String slug = Slugs.from(title);
        posts.create(new NewPost(slug, title, "Text.", PostStatus.PUBLISHED, author.id(), null, null, true, Instant.now()),
                markdown.renderPost("Text."), Instant.now());
        return title;
    }

    @Test
    void listsOnlyThatWritersReviewsUnderTheirName() throws IOException {
        Account writer = users.create(Role.AUTHOR, "Archived Writer");
        Account other = users.create(Role.EDITOR, "Other Writer");
        String mine = publish(writer, "By the archived writer " + writer.id());
        String theirs = publish(other, "By the other writer " + other.id());

        Connection.Response response = session().url(url("/author/" + writer.login() + "/")).execute();
        String html = response.body();
        Document page = response.parse();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Author: " + writer.displayName());
        assertThat(page.select("article.summary h2").eachText()).containsExactly(mine).doesNotContain(theirs);
        assertThat(CHECKER.errorsIn(html)).isEmpty();
    }

    @Test
    void announcesTheWritersFeeds() {
        Account writer = users.create(Role.AUTHOR, "Fed Writer");
        publish(writer, "A fed review " + writer.id());

        Element rss = get("/author/" + writer.login() + "/").selectFirst(
                "head link[rel=alternate][href=/author/" + writer.login() + "/feed/]");

        assertThat(rss).isNotNull();
        assertThat(rss.attr("type")).isEqualTo("application/rss+xml");
    }

    @Test
    void hasNoArchiveForAReadersAccountOrAnUnknownLogin() throws IOException {
        Account reader = users.create(Role.COMMENTER, "Reading Only");

        assertThat(session().url(url("/author/" + reader.login() + "/")).execute().statusCode()).isEqualTo(404);
        assertThat(session().url(url("/author/nobody-at-all/")).execute().statusCode()).isEqualTo(404);
        assertThat(session().url(url("/author/" + reader.login() + "/page/2/")).execute().statusCode()).isEqualTo(404);
    }
}
