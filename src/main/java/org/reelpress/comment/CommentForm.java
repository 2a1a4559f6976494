package org.reelpress.comment;

import java.io.Serializable;
import java.util.Map;

/**
 * The "Leave a Reply" form as the reader last saw it: what they typed and, after a refusal,
 * a message for each field that needs another look. Nothing typed is ever dropped. {@code stamp}
 * is the signed time the form was first shown, kept so that a form sent back keeps its age; empty on a new form.
 */
public record CommentForm(Long parentId, String comment, String name, String email, String url,
                          boolean remember, boolean followUps, Map<String, String> errors, String stamp)
        implements Serializable {

    /** The name under which a refused form travels to the page that shows it again. */
    public static final String FLASH = "commentForm";

    public static CommentForm empty() {
        return new CommentForm(null, "", "", "", "", false, false, Map.of(), "");
    }

    static CommentForm remembered(RememberedCommenter.Details details) {
        return new CommentForm(null, "", details.name(), details.email(), details.url(), true, false, Map.of(), "");
    }

    /** What a reader sent with a stale form token: their text, to check and send again. */
    static CommentForm expired(Map<?, ?> fields) {
        return new CommentForm(CommentPosting.parseId(text(fields, "parent")).orElse(null), text(fields, "comment"),
                text(fields, "name"), text(fields, "email"), text(fields, "url"), !text(fields, "remember").isEmpty(),
                !text(fields, "notify").isEmpty(),
                Map.of("comment", "This page was open too long for your comment to be accepted safely. "
                        + "It is all still here: check it and post it again."), text(fields, "stamp"));
    }

    private static String text(Map<?, ?> fields, String name) {
        return fields.get(name) instanceof String value ? value : "";
    }

    /** The same typed text with one more message, for a problem found away from the form. */
    CommentForm withError(String field, String message) {
        Map<String, String> more = new java.util.LinkedHashMap<>(errors);
        more.put(field, message);
        return new CommentForm(parentId, comment, name, email, url, remember, followUps, Map.copyOf(more), stamp);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
