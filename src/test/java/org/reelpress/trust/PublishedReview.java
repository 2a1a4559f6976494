package org.reelpress.trust;

import java.util.List;

/** A review a writer published and the blog acknowledged, as the writer typed it. */
record PublishedReview(long id, String title, String markdown, List<String> tags, String workTitle, String rating) {

    /** The review number {@code n}: a long body in two scripts, two tags, a new work and a rating. */
    static PublishedReview typed(int n) {
        String markdown = "## Review " + n + "\n\n기억은 남는다. The cut lands on the beat, and the score holds its breath.\n\n"
                + "A paragraph that makes the body long enough to span pages of the database. ".repeat(40)
                + "\n\n*The end of review " + n + ".*";
        return new PublishedReview(0, "Crash review " + n + ": 밤의 영화", markdown,
                List.of("crash-" + n, "soak"), "Crash Work " + n, "3.5");
    }

    PublishedReview withId(long id) {
        return new PublishedReview(id, title, markdown, tags, workTitle, rating);
    }
}
