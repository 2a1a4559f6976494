package org.reelpress.search;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** /admin/search: how many posts and pages the index holds, what the last rebuild did, and the button to rebuild. */
public record IndexAdminPage(Layout layout, int documents, int published, String message, FormToken token) {
}
