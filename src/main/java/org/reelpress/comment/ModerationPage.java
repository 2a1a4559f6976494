package org.reelpress.comment;

import java.util.List;
import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.web.FormToken;

/**
 * The moderation list: one page of the filtered comments, how many there are in each status,
 * where each comment lives ({@code permalinks} has no entry for a post that is not published),
 * and what the last decision did ({@code message}, or null).
 */
public record ModerationPage(Layout layout, ModerationFilter filter, List<ModeratedComment> comments,
                      Map<CommentStatus, Integer> counts, Paging paging, Map<Long, String> permalinks,
                      String message, FormToken token) {

    static final int PER_PAGE = 50;

    /** "Pending (3)" */
    public String tab(String status) {
        int count = status.equals("all") ? counts.values().stream().mapToInt(Integer::intValue).sum()
                : counts.get(CommentStatus.ofColumn(status));
        return Character.toUpperCase(status.charAt(0)) + status.substring(1) + " (" + count + ")";
    }

    public String permalink(ModeratedComment comment) {
        String post = permalinks.get(comment.postId());
        return post == null ? null : post + "#" + comment.anchor();
    }

    public List<ModerationAction> actionsFor(ModeratedComment comment) {
        return List.of(ModerationAction.values()).stream().filter(action -> action.offeredFor(comment.status())).toList();
    }

    /** The title of the post the list is narrowed to, or null when it shows every post. */
    public String postTitle() {
        if (filter.postId() == 0) {
            return null;
        }
        return comments.isEmpty() ? "post " + filter.postId() : "“" + comments.getFirst().postTitle() + "”";
    }

    public String pageLink(int number) {
        return filter.withPage(number).link();
    }
}
