package org.reelpress.work;

/** A work as the writer describes it, before it has an id. */
public record NewWork(WorkKind kind, String slug, String title, String originalTitle,
                      Integer year, String creator, String country) {
}
