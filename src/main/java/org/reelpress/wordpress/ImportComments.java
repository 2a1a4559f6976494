package org.reelpress.wordpress;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reelpress.comment.Websites;
import org.reelpress.post.Markdown;

/**
 * Writes a post's comments under their parents ({@code wp:comment_parent}), whatever order the
 * file lists them in. A reply to a comment that is not imported (a pingback) hangs under the
 * nearest one that is, so no reply is lost; a comment imported before is not written again.
 */
final class ImportComments {

    private static final Map<String, String> STATUSES = Map.of("1", "approved", "0", "pending", "spam", "spam",
            "trash", "trash", "post-trashed", "trash");

    private final ImportRepository imports;
    private final Markdown markdown;
    private final ZoneId zone;
    private final ImportReport report;

    ImportComments(ImportRepository imports, Markdown markdown, ZoneId zone, ImportReport report) {
        this.imports = imports;
        this.markdown = markdown;
        this.zone = zone;
        this.report = report;
    }

    void add(String source, long postId, Wxr.Item item, Map<Long, Long> userByWpId) {
        Map<Long, Wxr.Comment> byId = new HashMap<>();
        item.comments().forEach(c -> byId.put(c.id(), c));
        Map<Long, Optional<ImportRepository.Stored>> placed = new HashMap<>();
        for (Wxr.Comment comment : item.comments()) {
            place(comment, source, postId, byId, placed, userByWpId, new HashSet<>());
        }
    }

    /** Where replies to {@code comment} go: the comment itself once written, else its nearest written ancestor (empty: the top). */
    private Optional<ImportRepository.Stored> place(Wxr.Comment comment, String source, long postId,
                                                    Map<Long, Wxr.Comment> byId,
                                                    Map<Long, Optional<ImportRepository.Stored>> placed,
                                                    Map<Long, Long> userByWpId, Set<Long> visiting) {
        if (placed.containsKey(comment.id())) {
            return placed.get(comment.id());
        }
        if (!visiting.add(comment.id())) {
            report.skipped("comments whose parents loop back to them, placed at the top");
            return Optional.empty();
        }
        Wxr.Comment parent = byId.get(comment.parent());
        Optional<ImportRepository.Stored> above = comment.parent() == 0 || parent == null || parent == comment
                ? Optional.empty() : place(parent, source, postId, byId, placed, userByWpId, visiting);
        Optional<ImportRepository.Stored> here = write(comment, above, source, postId, userByWpId);
        Optional<ImportRepository.Stored> result = here.isPresent() ? here : above;
        placed.put(comment.id(), result);
        return result;
    }

    private Optional<ImportRepository.Stored> write(Wxr.Comment c, Optional<ImportRepository.Stored> parent,
                                                    String source, long postId, Map<Long, Long> userByWpId) {
        Optional<ImportRepository.Stored> before = imports.importedComment(source, c.id());
        if (before.isPresent()) {
            report.skipped("comments imported before");
            return before;
        }
        String type = c.type().isEmpty() ? "comment" : c.type();
        if (!type.equals("comment")) {
            report.skipped(type + "s (Reelpress keeps only comments)");
            return Optional.empty();
        }
        String status = STATUSES.get(c.approved());
        if (status == null) {
            report.skipped("comments in WordPress's status " + c.approved());
            return Optional.empty();
        }
        var created = WordPressDates.instant(c.dateGmt(), c.date(), zone);
        if (created == null) {
            report.skipped("comments without a date");
            return Optional.empty();
        }
        String html = markdown.renderCommentHtml(WordPressContent.commentHtml(c.content()));
        ImportRepository.Stored stored = imports.addComment(new ImportRepository.ImportedComment(postId,
                parent.orElse(null), userByWpId.get(c.userId()), c.author().isBlank() ? "Anonymous" : c.author().strip(),
                c.email().strip(), Websites.followable(c.url()), c.content(), html, status, created, c.ip().strip()), source, c.id());
        report.imported(status + " comments");
        return Optional.of(stored);
    }
}
