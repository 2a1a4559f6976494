package org.reelpress.post;

import org.commonmark.node.CustomBlock;

/** A part of a review that gives something away; readers open it on purpose. */
class SpoilerBlock extends CustomBlock {

    private final String summary;

    SpoilerBlock(String summary) {
        this.summary = summary;
    }

    String summary() {
        return summary;
    }
}
