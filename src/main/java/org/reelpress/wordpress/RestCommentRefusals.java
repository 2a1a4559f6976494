package org.reelpress.wordpress;

import java.util.Map;

/**
 * Why the comment rules refused a comment, in WordPress's error codes: the first problem in the
 * order a person would fix them, with the blog's own words for it.
 */
final class RestCommentRefusals {

    private RestCommentRefusals() {
    }

    static RestException of(Map<String, String> errors) {
        String comment = errors.get("comment");
        if (comment != null && comment.contains("closed")) {
            return new RestException("rest_comment_closed", comment, 403);
        }
        if (errors.containsKey("parent")) {
            return RestException.invalidParam("parent", errors.get("parent"));
        }
        if (errors.containsKey("name") && errors.get("name").startsWith("Please")
                || errors.containsKey("email") && errors.get("email").startsWith("Please")) {
            return new RestException("rest_comment_author_data_required",
                    "Creating a comment requires valid author name and email values.", 400);
        }
        if (errors.containsKey("name")) {
            return RestException.invalidParam("author_name", errors.get("name"));
        }
        if (errors.containsKey("email")) {
            return RestException.invalidParam("author_email", errors.get("email"));
        }
        if (errors.containsKey("url")) {
            return RestException.invalidParam("author_url", errors.get("url"));
        }
        if (comment != null && comment.contains("already posted")) {
            return new RestException("comment_duplicate", comment, 409);
        }
        if (comment != null && comment.contains("at most")) {
            return new RestException("comment_content_column_length", comment, 400);
        }
        if (comment != null) {
            return new RestException("rest_comment_content_invalid", comment, 400);
        }
        String first = errors.values().stream().findFirst().orElse("The comment was refused.");
        return new RestException("rest_comment_refused", first, 400);
    }
}
