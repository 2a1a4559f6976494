package org.reelpress.comment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reelpress.post.Post;
import org.reelpress.post.ReviewPage;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.site.CommentSettings;
import org.reelpress.site.FeedContent;
import org.reelpress.site.Layout;
import org.reelpress.site.PermalinkStructure;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.BlogPageOutput;
import org.reelpress.web.FormToken;
import org.reelpress.work.Rating;
import org.reelpress.work.Work;
import org.reelpress.work.WorkKind;

/**
 * Rendering a review page with its whole discussion on one page, through the templates precompiled
 * as in production (the classes the jte plugin made at build time), into the output the blog writes
 * its pages with, to bytes as the blog sends them.
 */
@State(Scope.Thread) // each thread renders into its own page array
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReviewPageRenderBenchmark {

    @Param({"200", "2000"})
    int comments;

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final BlogPageOutput output = new BlogPageOutput();
    private Map<String, Object> model;

    @Setup
    public void makePage() {
        SiteSettings site = new SiteSettings("Reelpress", "Reviews of films, series and books", "en", ZoneId.of("UTC"),
                "MMMM d, yyyy", "h:mm a", 10, 5,
                new CommentSettings("hold_first", 0, 10_000, 2, comments, "oldest", List.of(), List.of(), List.of()),
                "", PermalinkStructure.MONTH_AND_NAME, List.of(), FeedContent.FULL_TEXT);
        String permalink = "/2013/01/7번방의-선물/";
        String html = "<h2>What it is about</h2>\n" + "<p>The film opens on a corridor that seems to go on forever, "
                + "and it takes a while to notice that the camera has not moved at all.</p>\n".repeat(12);
        Post post = new Post(1, "7번방의-선물", "7번방의 선물 (Miracle in Cell No. 7)", html, "The film opens on a corridor.",
                "Ji-woo", new Work(1, WorkKind.FILM, "miracle-in-cell-no-7-2013", "Miracle in Cell No. 7", "7번방의 선물",
                2013, "Lee Hwan-kyung", "South Korea"), new Rating(8), true,
                Instant.parse("2013-01-23T10:00:00Z"), Instant.parse("2013-01-24T10:00:00Z"));
        List<CommentNode> threads = SampleThread.threads(comments, 1);
        Discussion discussion = new Discussion(1, post.title(), comments, threads,
                new CommentPages(1, 1, false, permalink), CommentForm.empty(), null, true, 5, null, List.of(), null,
                Set.of(), false, "stamp");
        ReviewPage page = new ReviewPage(Layout.of(site, post.title()), post, permalink,
                List.of(new Term(1, Taxonomy.CATEGORY, "drama", "Drama"), new Term(2, Taxonomy.TAG, "korea", "Korea")),
                discussion, new FormToken("_csrf", "token"), null);
        model = Map.of("page", page);
    }

    @Benchmark
    public int renderTheReviewPage() {
        return output.render(templates, "post/review.jte", model);
    }
}
