package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reelpress.feed.Sitemaps.Kind;
import org.reelpress.feed.Sitemaps.Part;

class SitemapsTest {

    @Test
    void splitsAKindPastTheLimitIntoNumberedFilesThatCoverEveryAddressOnce() {
        List<Part> plan = Sitemaps.plan(Map.of(Kind.HOME, 1, Kind.POSTS, 7, Kind.TAGS, 3), 3);

        assertThat(plan).extracting(Part::path).containsExactly("/sitemap-home-1.xml",
                "/sitemap-posts-1.xml", "/sitemap-posts-2.xml", "/sitemap-posts-3.xml", "/sitemap-tags-1.xml");
        assertThat(plan.stream().filter(p -> p.kind() == Kind.POSTS))
                .extracting(Part::offset).containsExactly(0, 3, 6);
        assertThat(plan).allMatch(p -> p.limit() == 3);
    }

    @Test
    void keepsAKindThatExactlyFillsItsFilesToThoseFiles() {
        assertThat(Sitemaps.plan(Map.of(Kind.POSTS, 6), 3)).extracting(Part::path)
                .containsExactly("/sitemap-posts-1.xml", "/sitemap-posts-2.xml");
    }

    @Test
    void givesAKindWithoutAddressesNoFile() {
        assertThat(Sitemaps.plan(Map.of(Kind.HOME, 1, Kind.POSTS, 0, Kind.WORKS, 0), 50_000))
                .extracting(Part::path).containsExactly("/sitemap-home-1.xml");
    }

    @Test
    void findsOnlyFilesThePlanHas() {
        List<Part> plan = Sitemaps.plan(Map.of(Kind.POSTS, 4), 2);

        assertThat(Sitemaps.find(plan, "posts", 2)).map(Part::offset).contains(2);
        assertThat(Sitemaps.find(plan, "posts", 3)).isEmpty();
        assertThat(Sitemaps.find(plan, "posts", 0)).isEmpty();
        assertThat(Sitemaps.find(plan, "secrets", 1)).isEmpty();
    }

    @Test
    void holdsFiftyThousandAddressesAFileAsTheProtocolAllows() {
        assertThat(Sitemaps.plan(Map.of(Kind.POSTS, 50_001), Sitemaps.URLS_PER_FILE)).hasSize(2);
        assertThat(Sitemaps.plan(Map.of(Kind.POSTS, 50_000), Sitemaps.URLS_PER_FILE)).hasSize(1);
    }
}
