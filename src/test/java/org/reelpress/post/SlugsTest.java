package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7번방의 선물 | 7번방의-선물",
            "Miracle in Cell No.7 (7번방의 선물) | miracle-in-cell-no-7-7번방의-선물",
            "A Page of Madness (狂った一頁) | a-page-of-madness-狂った一頁",
            "Amélie's Fabulous Destiny! | amélies-fabulous-destiny",
            "  --Hello,   World--  | hello-world",
            "!!! | untitled"})
    void keepsLettersOfEveryScriptAndJoinsWordsWithDashes(String title, String slug) {
        assertThat(Slugs.from(title)).isEqualTo(slug);
    }

    @Test
    void composesDecomposedHangul() {
        String decomposed = Normalizer.normalize("선물", Normalizer.Form.NFD);

        assertThat(Slugs.from(decomposed)).isEqualTo("선물");
        assertThat(Slugs.normalize(decomposed)).isEqualTo("선물");
    }

    @Test
    void keepsSlugsShortEnoughForAnAddress() {
        assertThat(Slugs.from("긴 ".repeat(500)).codePointCount(0, Slugs.from("긴 ".repeat(500)).length()))
                .isLessThanOrEqualTo(240);
    }
}
