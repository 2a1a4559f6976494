package org.reelpress.editor;

import java.time.Instant;

/** A comment as the dashboard lists it: who, on what, and the start of what they wrote. */
public record RecentComment(long id, String authorName, String postTitle, String body, String status, Instant createdAt) {

    public String opening() {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 140) + "…";
    }
}
