package org.reelpress.work;

import java.util.List;

import org.reelpress.site.Layout;

/** The admin list of works, with what was just done, if anything. */
public record WorksPage(Layout layout, List<Work> works, String notice) {
}
