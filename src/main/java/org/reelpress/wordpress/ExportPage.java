package org.reelpress.wordpress;

import org.reelpress.site.Layout;

/** The admin's export page: one button, and the consent box for e-mail addresses. */
public record ExportPage(Layout layout) {
}
