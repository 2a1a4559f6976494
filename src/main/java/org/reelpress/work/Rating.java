package org.reelpress.work;

/** A reviewer's rating in half stars, from ½ (1) to five stars (10). */
public record Rating(int halves) {

    public Rating {
        if (halves < 1 || halves > 10) {
            throw new IllegalArgumentException("A rating is from half a star to five stars, got " + halves + " halves");
        }
    }

    public static Rating ofNullable(Integer halves) {
        return halves == null ? null : new Rating(halves);
    }

    /** "3.5" or "4" */
    public String stars() {
        return halves % 2 == 0 ? String.valueOf(halves / 2) : (halves / 2) + ".5";
    }

    /** ★★★½☆: full stars, a half, then empty ones up to five. */
    public String symbols() {
        int full = halves / 2;
        int half = halves % 2;
        return "★".repeat(full) + "½".repeat(half) + "☆".repeat(5 - full - half);
    }

    public String description() {
        return "Rated " + stars() + " out of 5";
    }
}
