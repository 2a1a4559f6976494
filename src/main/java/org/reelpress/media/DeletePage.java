package org.reelpress.media;

import java.util.List;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** Asks before an image is deleted, or says where it is still used and why it cannot be. */
public record DeletePage(Layout layout, Media image, List<String> uses, FormToken token) {
}
