package org.reelpress.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A line-by-line difference of two texts, from the longest common subsequence of their lines. */
public final class LineDiff {

    public enum Change { SAME, REMOVED, ADDED }

    public record Line(Change change, String text) {

        /** "same", "removed" or "added", for the page's classes */
        public String kind() {
            return change.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** What a screen reader and a copied text say about the line. */
        public String sign() {
            return switch (change) {
                case SAME -> " ";
                case REMOVED -> "−";
                case ADDED -> "+";
            };
        }
    }

    private LineDiff() {
    }

    /** The lines of {@code before} and {@code after} in order, each as kept, removed or added. */
    public static List<Line> between(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                diff.add(new Line(Change.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Change.REMOVED, a[i++]));
            } else {
                diff.add(new Line(Change.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            diff.add(new Line(Change.REMOVED, a[i++]));
        }
        while (j < b.length) {
            diff.add(new Line(Change.ADDED, b[j++]));
        }
        return Collections.unmodifiableList(diff);
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(line -> line.change() != Change.SAME);
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.replace("\r\n", "\n").split("\n", -1);
    }
}
