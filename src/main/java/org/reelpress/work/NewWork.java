package org.reelpress.work;

/** A work as the writer describes it, before it has an id. Runtime (minutes) and poster may be null. */
public record NewWork(WorkKind kind, String slug, String title, String originalTitle,
                      Integer year, String creator, String country, Integer runtimeMinutes, Long posterId) {

    public NewWork(WorkKind kind, String slug, String title, String originalTitle, Integer year, String creator,
                   String country) {
        this(kind, slug, title, originalTitle, year, creator, country, null, null);
    }
}
