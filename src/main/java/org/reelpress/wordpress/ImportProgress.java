package org.reelpress.wordpress;

/** How far an import has read its file: first checking it whole, then importing it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    void at(String phase, long bytesRead, long bytesTotal);
}
