package org.reelpress.comment;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Comments from programs rather than the form (the WordPress REST API): the same rules as the
 * form, its rate limits, block lists, link count, duplicates and learning filter, without the
 * checks only a form can pass (its hidden field and its signed time); and a moderator's decisions.
 */
@Service
public class ApiComments {

    /** A comment as a program sends it; any field may be missing. The signed-in user, if any, comments under their account. */
    public record Submission(String post, String parent, String content, String authorName, String authorEmail,
                             String authorUrl) {
    }

    public sealed interface Result {
        record Created(Comment comment) implements Result {
        }

        /** What was wrong, by field: "comment", "parent", "name", "email", "url". */
        record Refused(Map<String, String> errors) implements Result {
        }

        record Slowed(String message) implements Result {
        }

        record NoSuchPost() implements Result {
        }
    }

    private final CommentPosting posting;
    private final CommentModeration moderation;
    private final CommentRepository comments;

    ApiComments(CommentPosting posting, CommentModeration moderation, CommentRepository comments) {
        this.posting = posting;
        this.moderation = moderation;
        this.comments = comments;
    }

    public Result post(Submission submission, String ip, String userAgent) {
        CommentSubmission form = new CommentSubmission(submission.post(), submission.parent(), submission.content(),
                submission.authorName(), submission.authorEmail(), submission.authorUrl(), null, null, null, null);
        CommentPosting.Outcome outcome;
        try {
            outcome = posting.post(form, ip, userAgent, false);
        } catch (ResponseStatusException noSuchPost) {
            return new Result.NoSuchPost();
        }
        return switch (outcome) {
            case CommentPosting.Outcome.Posted posted -> new Result.Created(comments.find(posted.commentId()).orElseThrow());
            case CommentPosting.Outcome.Refused refused -> new Result.Refused(refused.form().errors());
            case CommentPosting.Outcome.Slowed slowed -> new Result.Slowed(CommentRateLimits.MESSAGE);
        };
    }

    /** Applies a moderator's decision to one comment; false when there is no such comment or it cannot take it. */
    public boolean moderate(long id, ModerationAction action) {
        return moderation.apply(action, List.of(id)).changed() == 1;
    }
}
