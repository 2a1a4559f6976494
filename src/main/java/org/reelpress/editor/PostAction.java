package org.reelpress.editor;

import java.util.Optional;

/** What the posts list does to the posts ticked, each with the words of its confirmation. */
public enum PostAction {
    PUBLISH("publish", "Publish", "published"),
    TRASH("trash", "Move to trash", "moved to the trash"),
    RESTORE("restore", "Restore as draft", "restored to the drafts"),
    DELETE("delete", "Delete permanently", "deleted permanently");

    private final String word;
    private final String label;
    private final String done;

    PostAction(String word, String label, String done) {
        this.word = word;
        this.label = label;
        this.done = done;
    }

    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    /** "2 posts published." or "1 page moved to the trash.", and how many were left alone and why. */
    public String message(PostType type, int done, int skipped) {
        String what = done == 1 ? type.lowerLabel() : type.lowerLabel() + "s";
        String message = done + " " + what + " " + this.done + ".";
        if (skipped > 0) {
            message += " " + skipped + " left as they were: not yours to change, or not in a state this applies to"
                    + (this == DELETE ? " (only posts in the trash are deleted)." : ".");
        }
        return message;
    }

    public static Optional<PostAction> named(String word) {
        for (PostAction action : values()) {
            if (action.word.equals(word)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
