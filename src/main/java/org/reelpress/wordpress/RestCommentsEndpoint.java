package org.reelpress.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.comment.ApiComments;
import org.reelpress.comment.Comment;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.CommentTarget;
import org.reelpress.comment.CommentTargets;
import org.reelpress.comment.ModerationAction;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comments, as WordPress's /wp/v2/comments: approved ones for everyone, every status for
 * moderators; new ones from guests and signed-in users through the blog's comment rules;
 * a moderator's status changes and deletions.
 */
@RestController
class RestCommentsEndpoint {

    private static final String[] ORDER_BY = {"date", "date_gmt", "id", "include", "post", "parent", "type"};

    private final CommentRepository comments;
    private final CommentTargets targets;
    private final RestCommentQueries queries;
    private final RestCommentShapes shapes;
    private final RestEmbeds embeds;
    private final RestResponses responses;
    private final ApiComments api;
    private final Commenters commenters;
    private final JsonMapper json;
    private final RestSite site;

    RestCommentsEndpoint(CommentRepository comments, CommentTargets targets, RestCommentQueries queries,
                         RestCommentShapes shapes, RestEmbeds embeds, RestResponses responses, ApiComments api,
                         Commenters commenters, JsonMapper json, RestSite site) {
        this.site = site;
        this.comments = comments;
        this.targets = targets;
        this.queries = queries;
        this.shapes = shapes;
        this.embeds = embeds;
        this.responses = responses;
        this.api = api;
        this.commenters = commenters;
        this.json = json;
    }

    // GET /wp-json/wp/v2/comments  ?post, parent, search, page, per_page, order, orderby, status (moderators) → approved comments, newest first
    @GetMapping(RestSite.V2 + "/comments")
    ResponseEntity<String> list(HttpServletRequest request) {
        RestParams params = new RestParams(request);
        int page = params.page();
        int perPage = params.perPage();
        String order = params.order("desc");
        String orderBy = params.oneOf("orderby", "date_gmt", ORDER_BY);
        String status = params.oneOf("status", "approve", "approve", "approved", "hold", "spam", "trash");
        if (!status.startsWith("approve") && !moderator()) {
            throw new RestException("rest_forbidden_param", "Query parameter not permitted: status", unauthorized());
        }
        String column = status.startsWith("approve") ? "approved" : status.equals("hold") ? "pending" : status;
        RestCommentQueries.Query query = new RestCommentQueries.Query(column, params.ids("post"), params.ids("parent"),
                params.search(), orderBy, "asc".equals(order),
                RestParams.offset(page, perPage), perPage);
        List<Comment> found = new ArrayList<>();
        queries.ids(query).forEach(id -> comments.find(id).ifPresent(found::add));
        Map<Long, CommentTarget> places = targets.findAll(found.stream().map(Comment::postId).distinct().toList());
        List<Map<String, Object>> items = found.stream().map(comment -> shapes.shape(comment, places.get(comment.postId()))).toList();
        return responses.list(request, items, queries.count(query), perPage, embeds.forComments());
    }

    // GET /wp-json/wp/v2/comments/{id} → an approved comment; a held one only for moderators (401/403 rest_cannot_read); none → 404
    @GetMapping(RestSite.V2 + "/comments/{id:\\d{1,18}}")
    ResponseEntity<String> one(@PathVariable long id, HttpServletRequest request) {
        Comment comment = find(id);
        if (comment.status() != CommentStatus.APPROVED && !moderator()) {
            throw new RestException("rest_cannot_read", "Sorry, you are not allowed to read this comment.", unauthorized());
        }
        if (!moderator() && targets.find(comment.postId()).isEmpty()) {
            // under a post readers cannot see (a draft, private or in the trash): as if it were not there
            throw new RestException("rest_comment_invalid_id", "Invalid comment ID.", 404);
        }
        return responses.one(request, shape(comment), embeds.forComments());
    }

    // POST /wp-json/wp/v2/comments  post, parent?, content, author_name, author_email, author_url? (guests) → 201 the comment, "hold" when held; refused → 4xx saying why
    @RequestMapping(path = RestSite.V2 + "/comments", method = RequestMethod.POST)
    ResponseEntity<String> create(HttpServletRequest request) {
        RestBody body = new RestBody(request, json);
        Long post = body.id("post");
        Long parent = body.id("parent");
        if (post == null || post == 0) {
            throw new RestException("rest_comment_invalid_post_id",
                    "Sorry, you are not allowed to create this comment without a post.", 403);
        }
        ApiComments.Submission submission = new ApiComments.Submission(String.valueOf(post),
                parent == null ? "" : String.valueOf(parent), body.text("content"), body.text("author_name"),
                body.text("author_email"), body.text("author_url"));
        ApiComments.Result result = api.post(submission, request.getRemoteAddr(), request.getHeader("User-Agent"));
        return switch (result) {
            case ApiComments.Result.Created created -> {
                Map<String, Object> item = shape(created.comment());
                if (created.comment().status() == CommentStatus.SPAM && !moderator()) {
                    item.put("status", "hold"); // as the form does: nothing tells a spammer which rule caught them
                }
                yield responses.created(request, item, embeds.forComments(),
                        site.api("/comments/" + created.comment().id()));
            }
            case ApiComments.Result.NoSuchPost missing -> throw new RestException("rest_comment_invalid_post_id",
                    "Sorry, you are not allowed to create this comment without a post.", 403);
            case ApiComments.Result.Slowed slowed -> throw new RestException("comment_flood", slowed.message(), 429);
            case ApiComments.Result.Refused refused -> throw RestCommentRefusals.of(refused.errors());
        };
    }

    // POST|PUT|PATCH /wp-json/wp/v2/comments/{id}  status=approved|hold|spam|trash (moderators) → the comment as it now is
    @RequestMapping(path = RestSite.V2 + "/comments/{id:\\d{1,18}}",
            method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH})
    ResponseEntity<String> update(@PathVariable long id, HttpServletRequest request) {
        mayModerate();
        find(id);
        String status = new RestBody(request, json).text("status");
        if (status != null) {
            ModerationAction action = switch (status.strip()) {
                case "approved", "approve", "1" -> ModerationAction.APPROVE;
                case "hold", "0" -> ModerationAction.UNAPPROVE;
                case "spam" -> ModerationAction.SPAM;
                case "trash" -> ModerationAction.TRASH;
                default -> throw RestException.invalidParam("status", "status is not one of approved, hold, spam, trash.");
            };
            api.moderate(id, action);
        }
        return responses.one(request, shape(find(id)), embeds.forComments());
    }

    // DELETE /wp-json/wp/v2/comments/{id}  ?force (moderators) → moved to the trash; force=true → deleted for good, {"deleted": true, "previous": …}
    @DeleteMapping(RestSite.V2 + "/comments/{id:\\d{1,18}}")
    ResponseEntity<String> delete(@PathVariable long id, HttpServletRequest request) {
        mayModerate();
        Comment comment = find(id);
        Map<String, Object> previous = shape(comment);
        if (new RestParams(request).flag("force")) {
            if (comment.status() != CommentStatus.SPAM && comment.status() != CommentStatus.TRASH) {
                api.moderate(id, ModerationAction.TRASH);
            }
            api.moderate(id, ModerationAction.DELETE);
            Map<String, Object> deleted = new LinkedHashMap<>();
            deleted.put("deleted", true);
            deleted.put("previous", previous);
            return responses.one(request, deleted, null);
        }
        if (comment.status() == CommentStatus.TRASH) {
            throw new RestException("rest_already_trashed", "The comment has already been trashed.", 410);
        }
        api.moderate(id, ModerationAction.TRASH);
        return responses.one(request, shape(find(id)), embeds.forComments());
    }

    private Comment find(long id) {
        return comments.find(id).orElseThrow(() -> new RestException("rest_comment_invalid_id", "Invalid comment ID.", 404));
    }

    private Map<String, Object> shape(Comment comment) {
        return shapes.shape(comment, targets.findAll(Set.of(comment.postId())).get(comment.postId()));
    }

    private boolean moderator() {
        return commenters.currentMay(Permission.MODERATE_COMMENTS);
    }

    private void mayModerate() {
        if (!moderator()) {
            throw new RestException("rest_cannot_edit", "Sorry, you are not allowed to edit this comment.", unauthorized());
        }
    }

    /** 401 for someone not signed in, 403 for someone signed in without the right. */
    private int unauthorized() {
        return commenters.current().isPresent() ? 403 : 401;
    }
}
