package org.reelpress.search;

import java.util.List;


/** A page of results, the number of results in all, and why there are none when there are none. */
record SearchResults(Outcome outcome, List<SearchHit> hits, int total, List<Filed> narrowTo) {

    enum Outcome {
        /** Nothing was typed and no filter chosen. */
        NOTHING_ASKED,
        /** Only words too common to look for (the, of...), or only punctuation and symbols. */
        NO_WORDS,
        FOUND,
        NOTHING_FOUND
    }

    static SearchResults none(Outcome outcome) {
        return new SearchResults(outcome, List.of(), 0, List.of());
    }
}
