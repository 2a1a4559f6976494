package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpamTokensTest {

    @Test
    void lowerCasesWordsAndDropsOneLetterOnes() {
        assertThat(SpamTokens.of("The CAMERA work, isn't it? A joy")).containsExactly("the", "camera", "work", "isn't", "it", "joy");
    }

    @Test
    void splitsKoreanAndJapaneseIntoNeighbouringPairs() {
        assertThat(SpamTokens.of("영화관 좋아")).containsExactly("영화", "화관", "좋아");
        assertThat(SpamTokens.of("狂った一頁")).containsExactly("狂っ", "った", "た一", "一頁");
        assertThat(SpamTokens.of("정 많은")).containsExactly("정", "많은");
    }

    @Test
    void readsTheSameWordTheSameWayWhateverItsUnicodeForm() {
        String composed = "caf\u00e9 \uD55C";            // é and 한 as single code points
        String decomposed = "cafe\u0301 \u1112\u1161\u11AB"; // e + accent, and 한 as its jamo
        assertThat(SpamTokens.of(decomposed)).isEqualTo(SpamTokens.of(composed));
    }

    @Test
    void keepsTheHostOfEachLink() {
        assertThat(SpamTokens.of("buy at https://www.Pills.example/cheap?x=1 or http://casino.example"))
                .contains("host:pills.example", "host:casino.example");
    }
}
