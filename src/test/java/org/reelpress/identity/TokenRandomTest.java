package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenRandomTest {

    @Test
    void tokensDrawnAcrossManyRefillsNeverRepeat() {
        TokenRandom random = TokenRandom.seeded();
        Set<String> tokens = new HashSet<>();
        byte[] token = new byte[16];
        for (int i = 0; i < 10_000; i++) {
            random.nextBytes(token);
            tokens.add(HexFormat.of().formatHex(token));
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void aDrawLargerThanOneRefillIsFilledToItsEnd() {
        TokenRandom random = TokenRandom.seeded();
        random.nextBytes(new byte[1000]);
        byte[] large = new byte[10_000];
        random.nextBytes(large);
        for (int start = 0; start + 64 <= large.length; start += 64) {
            assertThat(HexFormat.of().formatHex(large, start, start + 64))
                    .as("bytes %d to %d", start, start + 64)
                    .isNotEqualTo("00".repeat(64));
        }
    }
}
