package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRangeTest {

    private static boolean blocks(String line, String ip) {
        return AddressRange.parse(line).orElseThrow().contains(ip);
    }

    @Test
    void matchesIpv4AddressesInsideARange() {
        assertThat(blocks("203.0.113.0/24", "203.0.113.7")).isTrue();
        assertThat(blocks("203.0.113.0/24", "203.0.114.7")).isFalse();
        assertThat(blocks("10.0.0.0/8", "10.250.3.4")).isTrue();
        assertThat(blocks("198.51.100.9", "198.51.100.9")).isTrue();
        assertThat(blocks("198.51.100.9", "198.51.100.10")).isFalse();
    }

    @Test
    void matchesIpv6AddressesInsideARangeWhateverTheirSpelling() {
        assertThat(blocks("2001:db8::/32", "2001:0DB8:0000:0000:0000:0000:0000:0001")).isTrue();
        assertThat(blocks("2001:db8::/32", "2001:db9::1")).isFalse();
        assertThat(blocks("2001:db8:abcd::/48", "2001:db8:abcd:12::5")).isTrue();
    }

    @Test
    void neverMatchesAcrossFamilies() {
        assertThat(blocks("0.0.0.0/0", "2001:db8::1")).isFalse();
        assertThat(blocks("::/0", "192.0.2.1")).isFalse();
        assertThat(blocks("0.0.0.0/0", "192.0.2.1")).isTrue();
    }

    @Test
    void ignoresLinesThatAreNotAddressesWithoutLookingNamesUp() {
        assertThat(AddressRange.parse("spam.example")).isEmpty();
        assertThat(AddressRange.parse("10.0.0.0/33")).isEmpty();
        assertThat(AddressRange.parse("10.0.0.0/x")).isEmpty();
        assertThat(AddressRange.parse("# a comment")).isEmpty();
    }
}
