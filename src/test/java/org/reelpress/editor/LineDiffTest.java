package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static List<String> signed(List<LineDiff.Line> diff) {
        return diff.stream().map(line -> line.sign() + line.text()).toList();
    }

    @Test
    void keepsCommonLinesAndMarksTheOthersAsRemovedOrAdded() {
        var diff = LineDiff.between("A silent film.\nMadness.\nThe end.", "A silent film.\nA dream.\nThe end.\nCredits.");
        assertThat(signed(diff)).containsExactly(" A silent film.", "−Madness.", "+A dream.", " The end.", "+Credits.");
        assertThat(LineDiff.changed(diff)).isTrue();
    }

    @Test
    void findsNoChangeBetweenEqualTextsWhateverTheirLineEndings() {
        assertThat(LineDiff.changed(LineDiff.between("one\r\ntwo", "one\ntwo"))).isFalse();
    }

    @Test
    void anEmptyTextIsAllAddedOrAllRemoved() {
        assertThat(signed(LineDiff.between("", "new\nlines"))).containsExactly("+new", "+lines");
        assertThat(signed(LineDiff.between("old", ""))).containsExactly("−old");
    }
}
