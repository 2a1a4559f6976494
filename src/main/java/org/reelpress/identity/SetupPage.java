package org.reelpress.identity;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** The setup page: the form, or (once claimed) the word that the blog now has its owner. */
public record SetupPage(Layout layout, SetupForm form, FormToken formToken, boolean claimed) {
}
