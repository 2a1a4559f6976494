package org.reelpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void tellsEachFormatByItsFirstBytes() {
        assertThat(ImageType.sniff(TestImages.image("jpeg", 4, 4))).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(TestImages.image("png", 4, 4))).contains(ImageType.PNG);
        assertThat(ImageType.sniff(TestImages.image("gif", 4, 4))).contains(ImageType.GIF);
        byte[] webpHeader = "RIFF\u0024\0\0\0WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageType.sniff(webpHeader)).contains(ImageType.WEBP);
    }

    @Test
    void knowsNoTypeForTextOrForARiffThatIsNotWebp() {
        assertThat(ImageType.sniff("just some words, saved as poster.jpg".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageType.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ImageType.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8})).as("too short to tell").isEmpty();
        assertThat(ImageType.sniff(new byte[0])).isEmpty();
    }
}
