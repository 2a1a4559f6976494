package org.reelpress.editor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.reelpress.post.PostStatus;
import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/**
 * The editor as shown: the form as the writer typed it (or as stored), what is wrong with which
 * field, what the last action did, and the choices its lists offer. {@code postId} is null for a
 * new post; {@code stale} is set when someone else saved the post while this writer was editing.
 */
public record EditorPage(Layout layout, PostType type, Long postId, PostForm form, Map<String, String> errors,
                  List<String> notes, String message, Stale stale, String previewHtml, String permalink,
                  PostStatus storedStatus, Instant savedAt, List<CategoryOption> categories,
                  List<Choice> works, boolean mayPublish, int revisionCount, FormToken token) {

    /** What the other save wrote, line by line against what this writer typed. */
    public record Stale(String savedBy, Instant savedAt, List<LineDiff.Line> title, List<LineDiff.Line> text) {
    }

    public String action() {
        return postId == null ? type.listPath() + "/new" : type.editPath(postId);
    }

    public String heading() {
        return (postId == null ? "New " : "Edit ") + type.lowerLabel();
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The aria-describedby of a field: its error's id when it has one. */
    public String describedBy(String field) {
        return errors.containsKey(field) ? field + "-error" : null;
    }

    /** Drafts (and posts not saved yet) are autosaved; a live post changes only when its writer saves. */
    public boolean autosaves() {
        return storedStatus == null || storedStatus == PostStatus.DRAFT;
    }

    public String autosaveAction() {
        return postId == null ? type.listPath() + "/autosave" : type.listPath() + "/" + postId + "/autosave";
    }

    public List<String> statuses() {
        return mayPublish ? List.of("draft", "scheduled", "published", "private") : List.of("draft");
    }

    public String statusLabel(String status) {
        return switch (status) {
            case "draft" -> "Draft";
            case "scheduled" -> "Scheduled (goes live at the date and time below)";
            case "published" -> "Published";
            default -> "Private (only writers see it)";
        };
    }

    public String saveLabel() {
        return postId == null ? "Save" : "Update";
    }

    public String revisionsLink() {
        return type.listPath() + "/" + postId + "/revisions";
    }
}
