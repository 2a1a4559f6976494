package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A commenter's website is a link only when readers may safely follow it. */
class WebsitesTest {

    @Test
    void keepsWebAddressesWithAHost() {
        assertThat(Websites.followable("https://example.com/me")).isEqualTo("https://example.com/me");
        assertThat(Websites.followable(" http://blog.example ")).isEqualTo("http://blog.example");
    }

    @Test
    void dropsEveryOtherSchemeAndJunk() {
        for (String url : new String[]{"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
                "java\tscript:alert(1)", "//evil.example/", "https://", "http://localhost/", "not a url", "mailto:a@example.com"}) {
            assertThat(Websites.followable(url)).as(url).isEmpty();
        }
        assertThat(Websites.followable(null)).isEmpty();
    }
}
