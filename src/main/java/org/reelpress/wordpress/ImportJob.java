package org.reelpress.wordpress;

import java.time.Instant;

/** An import started from the admin: how far it has read, and its report or its failure once it ends. */
record ImportJob(String fileName, Instant startedAt, String phase, long bytesRead, long bytesTotal, String report,
                 String failure) {

    boolean running() {
        return report == null && failure == null;
    }

    int percent() {
        return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    ImportJob at(String phase, long read, long total) {
        return new ImportJob(fileName, startedAt, phase, read, total, report, failure);
    }

    ImportJob done(String report) {
        return new ImportJob(fileName, startedAt, "Done", bytesTotal, bytesTotal, report, null);
    }

    ImportJob failed(String failure) {
        return new ImportJob(fileName, startedAt, phase, bytesRead, bytesTotal, null, failure);
    }
}
