package org.reelpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageArraysTest {

    private final PageArrays arrays = new PageArrays();

    @Test
    void lendsAnArrayGivenBackToTheNextPage() {
        byte[] first = arrays.borrow(1_000);
        arrays.giveBack(first);

        assertThat(arrays.borrow(1_000)).isSameAs(first);
        assertThat(arrays.idleCount()).isZero();
    }

    @Test
    void neverLendsOneArrayToTwoPagesAtOnce() {
        byte[] first = arrays.borrow(1_000);
        arrays.giveBack(first);
        byte[] second = arrays.borrow(1_000);
        byte[] third = arrays.borrow(1_000);

        assertThat(third).isNotSameAs(second);
    }

    @Test
    void lendsNoArraySmallerThanThePageNeeds() {
        arrays.giveBack(new byte[100]);

        assertThat(arrays.borrow(1_000)).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(arrays.idleCount()).as("the small array is let go").isZero();
    }

    @Test
    void keepsNeitherHugeArraysNorMoreThanItsShare() {
        arrays.giveBack(new byte[PageArrays.LARGEST_KEPT + 1]);
        assertThat(arrays.idleCount()).isZero();

        List<byte[]> many = new ArrayList<>();
        for (int i = 0; i < PageArrays.KEPT + 3; i++) {
            many.add(arrays.borrow(10));
        }
        many.forEach(arrays::giveBack);
        assertThat(arrays.idleCount()).isEqualTo(PageArrays.KEPT);
    }

    @Test
    void aPageInAUsedArrayHoldsOnlyItsOwnBytes() throws IOException {
        byte[] used = "a long page that was written here before".getBytes(StandardCharsets.UTF_8);
        PageBytes page = new PageBytes(used);
        page.writeContent("short");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("short");
    }
}
