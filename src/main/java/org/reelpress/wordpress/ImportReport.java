package org.reelpress.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an import brought in and what it left out, with why, counted as it goes. */
public final class ImportReport {

    private final Map<String, Integer> imported = new LinkedHashMap<>();
    private final Map<String, Integer> skipped = new LinkedHashMap<>();

    void imported(String what) {
        imported.merge(what, 1, Integer::sum);
    }

    void skipped(String why) {
        skipped.merge(why, 1, Integer::sum);
    }

    public Map<String, Integer> importedCounts() {
        return Map.copyOf(imported);
    }

    public Map<String, Integer> skippedCounts() {
        return Map.copyOf(skipped);
    }

    /** The report as lines for a terminal or a page. */
    public String text() {
        StringBuilder text = new StringBuilder("Imported:\n");
        if (imported.isEmpty()) {
            text.append("  nothing new\n");
        }
        imported.forEach((what, count) -> text.append("  ").append(count).append(' ').append(what).append('\n'));
        if (!skipped.isEmpty()) {
            text.append("Skipped:\n");
            skipped.forEach((why, count) -> text.append("  ").append(count).append(' ').append(why).append('\n'));
        }
        return text.toString();
    }
}
