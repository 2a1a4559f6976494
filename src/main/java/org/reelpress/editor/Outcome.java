package org.reelpress.editor;

import java.util.List;
import java.util.Map;

import org.reelpress.post.PostStatus;

/** How a save went: written, refused for bad input, or stale (someone else saved the post meanwhile). */
sealed interface Outcome {

    record Saved(long id, PostStatus status, List<String> notes) implements Outcome {
    }

    record Invalid(Map<String, String> errors, List<String> notes) implements Outcome {
    }

    record Stale(EditedPost current) implements Outcome {
    }
}
