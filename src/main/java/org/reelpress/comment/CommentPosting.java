package org.reelpress.comment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.reelpress.post.Markdown;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** The rules a comment passes before it is stored. */
@Service
class CommentPosting {

    static final int MAX_COMMENT = 10_000;
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_URL = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    sealed interface Outcome {
        record Posted(long commentId, String location) implements Outcome {
        }

        record Refused(CommentForm form, String location) implements Outcome {
        }
    }

    private final CommentTargets targets;
    private final CommentRepository comments;
    private final Markdown markdown;
    private final Clock clock;

    CommentPosting(CommentTargets targets, CommentRepository comments, Markdown markdown, Clock clock) {
        this.targets = targets;
        this.comments = comments;
        this.markdown = markdown;
        this.clock = clock;
    }

    Outcome post(CommentSubmission form, String ip, String userAgent) {
        CommentTarget target = parseId(form.post()).flatMap(targets::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such review to comment on."));
        Long parentId = parseId(form.parent()).orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!target.open()) {
            errors.put("comment", "Comments are closed on this review.");
        }
        checkComment(form.commentText(), errors);
        checkParent(form.parent(), parentId, target, errors);
        checkName(form.nameText(), errors);
        checkEmail(form.emailText(), errors);
        String url = websiteOf(form.urlText(), errors);
        if (!errors.isEmpty()) {
            CommentForm refused = new CommentForm(parentId, form.commentText(), form.nameText(), form.emailText(),
                    form.urlText(), form.wantsToBeRemembered(), errors);
            String formPlace = parentId == null ? "#respond" : "?replytocom=" + parentId + "#respond";
            return new Outcome.Refused(refused, target.permalink() + formPlace);
        }
        String body = form.commentText().strip();
        NewComment comment = new NewComment(target.postId(), parentId, form.nameText(), form.emailText(), url,
                body, ip, userAgent == null ? "" : userAgent);
        long id = comments.add(comment, markdown.renderComment(body), CommentStatus.APPROVED, clock.instant());
        return new Outcome.Posted(id, target.permalink() + "#comment-" + id);
    }

    private static void checkComment(String text, Map<String, String> errors) {
        int length = text.strip().codePointCount(0, text.strip().length());
        if (length == 0) {
            errors.putIfAbsent("comment", "Please write a comment before posting.");
        } else if (length > MAX_COMMENT) {
            errors.putIfAbsent("comment", "A comment can be at most %,d characters; this one has %,d.".formatted(MAX_COMMENT, length));
        }
    }

    private void checkParent(String raw, Long parentId, CommentTarget target, Map<String, String> errors) {
        if (raw == null || raw.isBlank() || "0".equals(raw.strip())) {
            return;
        }
        boolean repliable = parentId != null && comments.find(parentId)
                .filter(parent -> parent.postId() == target.postId() && parent.status() == CommentStatus.APPROVED)
                .isPresent();
        if (!repliable) {
            errors.put("parent", "The comment you replied to is not open for replies. Cancel the reply to post yours on its own.");
        }
    }

    private static void checkName(String name, Map<String, String> errors) {
        if (name.isEmpty()) {
            errors.put("name", "Please give a name to show with your comment.");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "A name can be at most " + MAX_NAME + " characters.");
        }
    }

    private static void checkEmail(String email, Map<String, String> errors) {
        if (email.isEmpty()) {
            errors.put("email", "Please give your e-mail address. It is never shown.");
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.put("email", "That does not look like an e-mail address, such as reader@example.com.");
        }
    }

    /** A website as readers will follow it: http or https only; "example.com" becomes "https://example.com". */
    private static String websiteOf(String url, Map<String, String> errors) {
        if (url.isEmpty()) {
            return "";
        }
        String withScheme = url.contains("://") ? url : "https://" + url;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (withScheme.length() <= MAX_URL && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null && uri.getHost().contains(".")) {
                return withScheme;
            }
        } catch (URISyntaxException e) {
            // falls through to the message below
        }
        errors.put("url", "The website must be a web address, such as https://example.com.");
        return "";
    }

    private static Optional<Long> parseId(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 18 || !value.strip().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(value.strip());
        return id == 0 ? Optional.empty() : Optional.of(id);
    }
}
