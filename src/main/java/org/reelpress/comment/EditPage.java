package org.reelpress.comment;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** The page where an author (or a moderator) changes or deletes a comment. */
public record EditPage(Layout layout, long commentId, String text, String error, String permalink, FormToken token) {
}
