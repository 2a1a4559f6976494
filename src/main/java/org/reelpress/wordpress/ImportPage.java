package org.reelpress.wordpress;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** The admin's import page: the upload form, and the latest import's progress or report (null before any). */
public record ImportPage(Layout layout, ImportJob job, String message, FormToken token) {

    public boolean running() {
        return job != null && job.running();
    }

    public String fileName() {
        return job.fileName();
    }

    public String phase() {
        return job.phase();
    }

    public int percent() {
        return job.percent();
    }

    public String report() {
        return job == null ? null : job.report();
    }

    public String failure() {
        return job == null ? null : job.failure();
    }
}
