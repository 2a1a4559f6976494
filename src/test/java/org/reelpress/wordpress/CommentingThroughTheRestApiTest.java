package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** A guest commenting through the API passes the same moderation and spam rules as the form. */
class CommentingThroughTheRestApiTest extends RestApiTest {

    @Autowired
    CommentRepository comments;

    private Answer comment(MadePost post, String name, String email, String content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("post", post.id());
        body.put("author_name", name);
        body.put("author_email", email);
        body.put("content", content);
        return call("POST", "/wp-json/wp/v2/comments", json(body), null);
    }

    @Test
    void createsAGuestsCommentAndAnswersWithIt() {
        MadePost post = fixtures.post("Open to guests", "Talk.");

        Answer created = comment(post, "Guest Writer", "guest.writer@example.net", "A *fine* film.");

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo(url("/wp-json/wp/v2/comments/" + id));
        assertThat(Answer.fieldsOf(created.json())).containsExactlyElementsOf(ReadingTheRestApiTest.COMMENT_FIELDS);
        assertThat(created.json().get("status").asString()).isEqualTo("approved");
        assertThat(created.json().get("content").get("rendered").asString()).contains("<em>fine</em>");
        assertThat(created.response().body()).doesNotContain("guest.writer@example.net");
        assertThat(get(post.permalink()).select("#comment-" + id)).hasSize(1);
    }

    @Test
    void holdsAFirstTimeCommentersCommentWhenTheBlogHoldsFirstComments() {
        settings.put("comment_policy", "hold_first");
        MadePost post = fixtures.post("Moderated through the API", "Talk.");

        Answer created = comment(post, "Newcomer", "newcomer@example.net", "Hello there");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("hold");
        long id = created.json().get("id").asLong();
        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
        assertThat(api("/wp-json/wp/v2/comments?post=" + post.id()).json().isEmpty()).isTrue();
    }

    @Test
    void keepsABlockedWordAsSpamWhileAnsweringAsIfHeld() {
        settings.put("blocked_words", "casino");
        try {
            MadePost post = fixtures.post("Spam target", "Talk.");

            Answer created = comment(post, "Spammer", "spam@example.net", "Best online casino bonus");

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("status").asString()).isEqualTo("hold");
            assertThat(comments.find(created.json().get("id").asLong()).orElseThrow().status()).isEqualTo(CommentStatus.SPAM);
        } finally {
            settings.put("blocked_words", "");
        }
    }

    @Test
    void refusesTheSameCommentTwice() {
        MadePost post = fixtures.post("Said twice", "Talk.");
        comment(post, "Echo", "echo@example.net", "Said it once");

        Answer again = comment(post, "Echo", "echo@example.net", "Said it once");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("comment_duplicate");
    }

    @Test
    void saysWhatIsMissingOrWrong() {
        MadePost post = fixtures.post("Careful input", "Talk.");

        Answer noName = comment(post, "", "someone@example.net", "Hi");
        Answer badEmail = comment(post, "Someone", "not-an-address", "Hi");
        Answer empty = comment(post, "Someone", "someone@example.net", "   ");
        Answer noPost = call("POST", "/wp-json/wp/v2/comments", json(Map.of("content", "Hi", "author_name", "A",
                "author_email", "a@example.net")), null);
        Answer unknownPost = call("POST", "/wp-json/wp/v2/comments", json(Map.of("post", 999999999, "content", "Hi",
                "author_name", "A", "author_email", "a@example.net")), null);
        Answer wrongType = call("POST", "/wp-json/wp/v2/comments", json(Map.of("post", "seven", "content", "Hi")), null);
        Answer notJson = call("POST", "/wp-json/wp/v2/comments", "{\"post\": ", null);

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("code").asString()).isEqualTo("rest_comment_author_data_required");
        assertThat(badEmail.json().get("code").asString()).isEqualTo("rest_invalid_param");
        assertThat(Answer.fieldsOf(badEmail.json().get("data").get("params"))).containsExactly("author_email");
        assertThat(empty.json().get("code").asString()).isEqualTo("rest_comment_content_invalid");
        assertThat(noPost.status()).isEqualTo(403);
        assertThat(noPost.json().get("code").asString()).isEqualTo("rest_comment_invalid_post_id");
        assertThat(unknownPost.json().get("code").asString()).isEqualTo("rest_comment_invalid_post_id");
        assertThat(wrongType.json().get("code").asString()).isEqualTo("rest_invalid_param");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("code").asString()).isEqualTo("rest_invalid_json");
    }

    @Test
    void acceptsAFormEncodedReplyToAnApprovedComment() {
        MadePost post = fixtures.post("Threaded through the API", "Talk.");
        long parent = fixtures.comment(post, null, "First Voice", "Opening");

        Answer reply = call("POST", "/wp-json/wp/v2/comments?post=" + post.id() + "&parent=" + parent
                + "&author_name=Second&author_email=second@example.net&content=Answer", null, null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("parent").asLong()).isEqualTo(parent);
    }

    @Test
    void refusesGuestsWhoTryToModerate() {
        MadePost post = fixtures.post("Not yours", "Talk.");
        long id = fixtures.comment(post, null, "Someone", "Mine", CommentStatus.PENDING);

        Answer approve = call("POST", "/wp-json/wp/v2/comments/" + id, json(Map.of("status", "approved")), null);
        Answer delete = call("DELETE", "/wp-json/wp/v2/comments/" + id + "?force=true", null, null);

        assertThat(approve.status()).isEqualTo(401);
        assertThat(approve.json().get("data").get("status").asInt()).isEqualTo(401);
        assertThat(delete.status()).isEqualTo(401);
        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
    }
}
