package org.reelpress.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentTargets;

/**
 * What {@code _embed} puts under {@code _embedded}: for a post its author, its approved comments
 * ("replies") and its categories and tags ("wp:term"); for a comment its author and its post ("up").
 * Only what the public may read is embedded.
 */
@org.springframework.stereotype.Component
class RestEmbeds {

    private static final int REPLIES = 10;

    private final RestUserQueries users;
    private final RestTermQueries terms;
    private final RestPostQueries posts;
    private final RestPostShapes postShapes;
    private final RestCommentQueries commentQueries;
    private final RestCommentShapes commentShapes;
    private final CommentRepository comments;
    private final CommentTargets targets;

    RestEmbeds(RestUserQueries users, RestTermQueries terms, RestPostQueries posts, RestPostShapes postShapes,
               RestCommentQueries commentQueries, RestCommentShapes commentShapes, CommentRepository comments,
               CommentTargets targets) {
        this.users = users;
        this.terms = terms;
        this.posts = posts;
        this.postShapes = postShapes;
        this.commentQueries = commentQueries;
        this.commentShapes = commentShapes;
        this.comments = comments;
        this.targets = targets;
    }

    RestResponses.Embedder forPosts() {
        return (item, rels) -> {
            Map<String, Object> embedded = new LinkedHashMap<>();
            long postId = ((Number) item.get("id")).longValue();
            if (wants(rels, "author")) {
                users.find(((Number) item.get("author")).longValue()).ifPresent(user -> embedded.put("author", List.of(user)));
            }
            if (wants(rels, "replies")) {
                List<Long> ids = commentQueries.ids(new RestCommentQueries.Query("approved", List.of(postId), List.of(),
                        null, "date", false, 0, REPLIES));
                List<Object> replies = new ArrayList<>();
                var target = targets.find(postId).orElse(null);
                ids.forEach(id -> comments.find(id).ifPresent(comment -> replies.add(commentShapes.shape(comment, target))));
                if (!replies.isEmpty()) {
                    embedded.put("replies", List.of(replies));
                }
            }
            if (wants(rels, "wp:term") && item.containsKey("categories")) {
                embedded.put("wp:term", List.of(termsOf("category", postId), termsOf("tag", postId)));
            }
            return embedded;
        };
    }

    RestResponses.Embedder forComments() {
        return (item, rels) -> {
            Map<String, Object> embedded = new LinkedHashMap<>();
            long author = ((Number) item.get("author")).longValue();
            if (wants(rels, "author") && author != 0) {
                users.find(author).ifPresent(user -> embedded.put("author", List.of(user)));
            }
            if (wants(rels, "up")) {
                long postId = ((Number) item.get("post")).longValue();
                posts.find("post", postId).or(() -> posts.find("page", postId))
                        .ifPresent(post -> embedded.put("up", List.of(postShapes.shape(post, Map.of()))));
            }
            return embedded;
        };
    }

    private List<Map<String, Object>> termsOf(String taxonomy, long postId) {
        return terms.list(new RestTermQueries.Query(taxonomy, null, List.of(), postId, false, "name", true, 0, 100));
    }

    private static boolean wants(Set<String> rels, String rel) {
        return rels.isEmpty() || rels.contains(rel);
    }
}
