package org.reelpress.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LossyCacheTest {

    /** A key whose hash is chosen, so that two keys can be made to share a slot. */
    private record Key(String name, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Test
    void worksAValueOutOnceWhileItsSlotKeepsIt() {
        LossyCache<Key, String> cache = new LossyCache<>(16);
        List<Key> computed = new ArrayList<>();
        Key review = new Key("review", 3);
        for (int i = 0; i < 3; i++) {
            assertThat(cache.get(review, key -> { computed.add(key); return key.name() + "!"; })).isEqualTo("review!");
        }
        assertThat(computed).containsExactly(review);
    }

    @Test
    void givesEachOfTwoKeysInOneSlotItsOwnValue() {
        LossyCache<Key, String> cache = new LossyCache<>(16);
        List<Key> computed = new ArrayList<>();
        Key first = new Key("first", 5);
        Key second = new Key("second", 5 + 16); // the same slot of sixteen
        for (int i = 0; i < 2; i++) {
            assertThat(cache.get(first, key -> { computed.add(key); return key.name(); })).isEqualTo("first");
            assertThat(cache.get(second, key -> { computed.add(key); return key.name(); })).isEqualTo("second");
        }
        assertThat(computed).containsExactly(first, second, first, second);
    }

    @Test
    void keepsAsManyKeysAsItHasSlots() {
        LossyCache<Key, Integer> cache = new LossyCache<>(100); // 128 slots
        List<Key> computed = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 128; i++) {
                assertThat(cache.get(new Key("k" + i, i), key -> { computed.add(key); return key.hash(); })).isEqualTo(i);
            }
        }
        assertThat(computed).hasSize(128);
    }
}
