package org.reelpress.comment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.reelpress.identity.Commenter;
import org.reelpress.identity.Commenters;
import org.reelpress.post.Markdown;
import org.reelpress.site.CommentSettings;
import org.reelpress.site.SettingsRepository;
import org.reelpress.storage.GroupCommit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** The rules a comment passes before it is stored. */
@Service
class CommentPosting {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_URL = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    sealed interface Outcome {
        record Posted(long commentId, long postId, String location) implements Outcome {
        }

        record Refused(CommentForm form, String location) implements Outcome {
        }

        /** Too many comments from this address or account lately; {@code form} keeps what was typed. */
        record Slowed(CommentForm form, CommentTarget target) implements Outcome {
        }
    }

    private final CommentTargets targets;
    private final CommentRepository comments;
    private final Markdown markdown;
    private final Commenters commenters;
    private final Moderation moderation;
    private final SettingsRepository settings;
    private final List<CommentCheck> checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CommentRateLimits limits;
    private final CommentAddresses addresses;
    private final GroupCommit writes;

    CommentPosting(GroupCommit writes, CommentRateLimits limits, CommentAddresses addresses, CommentTargets targets,
                   CommentRepository comments, Markdown markdown, Commenters commenters,
                   Moderation moderation, SettingsRepository settings, List<CommentCheck> checks,
                   ApplicationEventPublisher events, Clock clock) {
        this.writes = writes;
        this.limits = limits;
        this.addresses = addresses;
        this.checks = checks;
        this.events = events;
        this.targets = targets;
        this.comments = comments;
        this.markdown = markdown;
        this.commenters = commenters;
        this.moderation = moderation;
        this.settings = settings;
        this.clock = clock;
    }

    /** The post a submission is meant for; a missing or unknown one is a 404. */
    CommentTarget targetOf(CommentSubmission form) {
        return parseId(form.post()).flatMap(targets::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such review to comment on."));
    }

    /**
     * A signed-in reader comments under their account's name; a guest gives name, e-mail and website.
     * The rules read outside any transaction; the comment and whatever its listeners write are then
     * committed together (shared with other waiting comments) before the answer.
     */
    Outcome post(CommentSubmission form, String ip, String userAgent) {
        return post(form, ip, userAgent, true);
    }

    /** As above; {@code viaForm} false for a program posting through the API, which the form's own checks do not apply to. */
    Outcome post(CommentSubmission form, String ip, String userAgent, boolean viaForm) {
        CommentTarget target = targetOf(form);
        Commenter signedIn = commenters.current().orElse(null);
        CommentSettings rules = settings.site().comments();
        Long parentId = parseId(form.parent()).orElse(null);
        if (!limits.allow(ip, signedIn)) {
            return new Outcome.Slowed(refusedForm(form, parentId, Map.of("comment", CommentRateLimits.MESSAGE)), target);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!target.open()) {
            errors.put("comment", "Comments are closed on this review.");
        }
        checkComment(form.commentText(), rules.maxLength(), errors);
        Comment parent = repliedTo(form.parent(), parentId, target, errors);
        String url = "";
        if (signedIn == null) {
            checkName(form.nameText(), errors);
            checkEmail(form.emailText(), errors);
            url = websiteOf(form.urlText(), errors);
        }
        String agent = userAgent == null ? "" : userAgent;
        Finding finding = errors.isEmpty() ? gravest(new CommentAttempt(form, target, signedIn, ip, agent, clock.instant()), viaForm)
                : Finding.PASS;
        if (finding.verdict() == Finding.Verdict.REFUSE) {
            errors.put(finding.field(), finding.message());
        }
        if (!errors.isEmpty()) {
            return new Outcome.Refused(refusedForm(form, parentId, errors), formPlace(target, parentId));
        }
        String body = form.commentText().strip();
        NewComment comment = signedIn == null
                ? NewComment.guest(target.postId(), parentId, form.nameText(), form.emailText(), url, body, ip, agent)
                : new NewComment(target.postId(), parentId, signedIn.displayName(), signedIn.email(), "", body, ip, agent,
                signedIn.userId(), signedIn.provider());
        CommentStatus status = switch (finding.verdict()) {
            case SPAM -> CommentStatus.SPAM;
            case HOLD -> CommentStatus.PENDING;
            default -> moderation.statusFor(signedIn, comment.authorEmail(), rules);
        };
        String html = markdown.renderComment(body);
        boolean followUps = form.wantsFollowUps() && status != CommentStatus.SPAM && !comment.authorEmail().isBlank();
        long id;
        try {
            id = writes.write(() -> {
                // a double click sends twice at once: both pass the check above before either is stored
                if (comments.hasSameComment(target.postId(), comment.authorEmail(), body)) {
                    throw new AlreadyPosted();
                }
                return stored(comment, parent, html, status, followUps);
            });
        } catch (AlreadyPosted e) {
            return new Outcome.Refused(refusedForm(form, parentId, Map.of("comment", DuplicateCheck.MESSAGE)),
                    formPlace(target, parentId));
        }
        // spam is answered like a held comment (its author sees it waiting): nothing says which rule caught it;
        // a held comment is shown to its author on the page it would hold once approved
        String location = comments.find(id).map(stored -> addresses.of(target, stored)).orElseThrow();
        return new Outcome.Posted(id, target.postId(), location);
    }

    /** The same words from the same author already stored, found inside the write. */
    private static final class AlreadyPosted extends RuntimeException {
        AlreadyPosted() {
            super(null, null, false, false);
        }
    }

    private long stored(NewComment comment, Comment parent, String html, CommentStatus status, boolean followUps) {
        long postId = comment.postId();
        Long parentId = comment.parentId();
        long added = comments.add(comment, parent, html, status, clock.instant());
        events.publishEvent(new CommentPosted(added, postId, parentId, status));
        events.publishEvent(new DiscussionChanged(postId));
        if (followUps) {
            events.publishEvent(new FollowUpsRequested(added, postId, comment.authorEmail()));
        }
        return added;
    }

    private Finding gravest(CommentAttempt attempt, boolean viaForm) {
        Finding gravest = Finding.PASS;
        for (CommentCheck check : checks) {
            if (!viaForm && check.formOnly()) {
                continue;
            }
            Finding finding = check.check(attempt);
            if (finding.graverThan(gravest)) {
                gravest = finding;
            }
        }
        return gravest;
    }

    static CommentForm refusedForm(CommentSubmission form, Long parentId, Map<String, String> errors) {
        return new CommentForm(parentId, form.commentText(), form.nameText(), form.emailText(),
                form.urlText(), form.wantsToBeRemembered(), form.wantsFollowUps(), Map.copyOf(errors),
                form.stamp() == null ? "" : form.stamp());
    }

    /** Where the form is shown again: under the comment being answered, on its page, or under the discussion. */
    String formPlace(CommentTarget target, Long parentId) {
        if (parentId == null) {
            return target.permalink() + "#respond";
        }
        String page = comments.find(parentId).filter(parent -> parent.postId() == target.postId())
                .map(parent -> addresses.pageOf(target, parent)).orElse(target.permalink());
        return page + "?replytocom=" + parentId + "#respond";
    }

    static void checkComment(String text, int maxLength, Map<String, String> errors) {
        int length = text.strip().codePointCount(0, text.strip().length());
        if (length == 0) {
            errors.putIfAbsent("comment", "Please write a comment before posting.");
        } else if (length > maxLength) {
            errors.putIfAbsent("comment", "A comment can be at most %,d characters; this one has %,d.".formatted(maxLength, length));
        }
    }

    /** The approved comment of this post being answered; null for a top-level comment or one that may not be answered. */
    private Comment repliedTo(String raw, Long parentId, CommentTarget target, Map<String, String> errors) {
        if (raw == null || raw.isBlank() || "0".equals(raw.strip())) {
            return null;
        }
        Optional<Comment> parent = parentId == null ? Optional.empty() : comments.find(parentId)
                .filter(found -> found.postId() == target.postId() && found.status() == CommentStatus.APPROVED);
        if (parent.isEmpty()) {
            errors.put("parent", "The comment you replied to is not open for replies. Cancel the reply to post yours on its own.");
        }
        return parent.orElse(null);
    }

    static void checkName(String name, Map<String, String> errors) {
        if (name.isEmpty()) {
            errors.put("name", "Please give a name to show with your comment.");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "A name can be at most " + MAX_NAME + " characters.");
        }
    }

    static void checkEmail(String email, Map<String, String> errors) {
        if (email.isEmpty()) {
            errors.put("email", "Please give your e-mail address. It is never shown.");
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.put("email", "That does not look like an e-mail address, such as reader@example.com.");
        }
    }

    /** A website as readers will follow it: http or https only; "example.com" becomes "https://example.com". */
    static String websiteOf(String url, Map<String, String> errors) {
        if (url.isEmpty()) {
            return "";
        }
        String withScheme = url.contains("://") ? url : "https://" + url;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
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

    static Optional<Long> parseId(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 18 || !value.strip().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(value.strip());
        return id == 0 ? Optional.empty() : Optional.of(id);
    }
}
