package org.reelpress.editor;

import java.util.List;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/**
 * A post's revisions, newest first, and when one is chosen ({@code chosen} not null) how it
 * differs from the post as it is now: lines marked − are only in the revision, + only in the post.
 */
public record RevisionsPage(Layout layout, EditedPost post, List<Revision> revisions, Revision chosen,
                            List<LineDiff.Line> titleDiff, List<LineDiff.Line> textDiff, String message, FormToken token) {

    public String link(Revision revision) {
        return post.type().listPath() + "/" + post.id() + "/revisions/" + revision.id();
    }

    public String restoreAction() {
        return link(chosen) + "/restore";
    }

    public String editLink() {
        return post.type().editPath(post.id());
    }

    public String listLink() {
        return post.type().listPath() + "/" + post.id() + "/revisions";
    }

    public boolean same() {
        return !LineDiff.changed(titleDiff) && !LineDiff.changed(textDiff);
    }

    public String by(Revision revision) {
        return revision.authorName() == null ? "a deleted account" : revision.authorName();
    }
}
