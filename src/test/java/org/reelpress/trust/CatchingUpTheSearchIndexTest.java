package org.reelpress.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.UserRepository;
import org.reelpress.post.Markdown;
import org.reelpress.post.NewPost;
import org.reelpress.post.PostRepository;
import org.reelpress.post.PostStatus;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A post committed with its entry in the search change log, but not yet in the index when the
 * process died, is in the index once the blog starts again: the index follows the log, not only
 * the events of the process that happened to make the change.
 */
class CatchingUpTheSearchIndexTest {

    @Test
    void aPostCommittedButNotIndexedBeforeTheProcessStoppedIsFoundAfterTheNextStart() throws IOException {
        String database = Engine.SQLITE.newDatabaseUrl();
        Path dataDir = BlogTest.newDataDir();
        long postId;
        try (BlogInstance before = BlogInstance.start(database, dataDir)) {
            // what a save does up to its commit, without the events that would index it at once
            Markdown markdown = before.bean(Markdown.class);
            long author = before.bean(UserRepository.class).firstAdministrator().orElseThrow().id();
            String text = "The word phenakistiscope was committed and logged, then the power went.";
            postId = before.bean(PostRepository.class).create(new NewPost("committed-before-the-crash",
                    "Committed before the crash", text, PostStatus.PUBLISHED, author, null, null, true, Instant.now()),
                    markdown.renderPost(text), Instant.now());
            before.bean(JdbcClient.class).sql("INSERT INTO search_changes (post_id, changed_at) VALUES (:post, :now)")
                    .param("post", postId).param("now", Instant.now().toEpochMilli()).update();
            assertThat(search(before, "phenakistiscope").select(".search-hits h2").text()).isEmpty();
        }

        try (BlogInstance after = BlogInstance.start(database, dataDir)) {
            assertThat(search(after, "phenakistiscope").select(".search-hits h2").text()).isEqualTo("Committed before the crash");
        }
    }

    private static Document search(BlogInstance blog, String word) throws IOException {
        return BlogTest.browserSession().newRequest(blog.url("/?s=" + word)).get();
    }
}
