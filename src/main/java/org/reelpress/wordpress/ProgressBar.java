package org.reelpress.wordpress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The import's progress on the terminal, by bytes of the file read: redrawn in place at a
 * terminal, a line each tenth when the output goes to a file or a pipe.
 */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean live;
    private String phase = "";
    private int shown = -1;

    ProgressBar(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public synchronized void at(String phase, long bytesRead, long bytesTotal) {
        int percent = bytesTotal <= 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
        boolean newPhase = !phase.equals(this.phase);
        if (!newPhase && (live ? percent == shown : percent / 10 == shown / 10)) {
            return;
        }
        if (newPhase && live && !this.phase.isEmpty()) {
            out.println();
        }
        this.phase = phase;
        shown = percent;
        int filled = percent * WIDTH / 100;
        String line = String.format(Locale.ROOT, "%-9s [%s%s] %3d%%  %s of %s", phase, "#".repeat(filled),
                " ".repeat(WIDTH - filled), percent, megabytes(bytesRead), megabytes(bytesTotal));
        if (live) {
            out.print("\r" + line);
            if (phase.equals("Done")) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
