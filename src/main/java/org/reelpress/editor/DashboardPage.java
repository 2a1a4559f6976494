package org.reelpress.editor;

import java.util.List;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/**
 * The writer's dashboard. {@code pendingComments} is -1 for writers who do not moderate;
 * {@code draftTitle} and {@code draftText} hold a quick draft sent back for a fix.
 */
public record DashboardPage(Layout layout, List<ListedPost> drafts, List<ListedPost> scheduled, int pendingComments,
                            List<RecentComment> recentComments, String message, String problem,
                            String draftTitle, String draftText, FormToken token) {

    public String editLink(ListedPost post) {
        return post.type().editPath(post.id());
    }

    public String pendingLabel() {
        return pendingComments == 1 ? "1 comment is awaiting moderation" : pendingComments + " comments are awaiting moderation";
    }
}
