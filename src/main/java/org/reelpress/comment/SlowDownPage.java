package org.reelpress.comment;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** The answer to a reader commenting too fast: why, and their comment form with what they typed. */
public record SlowDownPage(Layout layout, Discussion discussion, String permalink, FormToken token) {
}
