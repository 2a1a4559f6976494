package org.reelpress.post;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Rendering a typical review (about 900 words) and a typical comment, sanitizing included (see bench/jmh/README.md). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarkdownBenchmark {

    private static final String PARAGRAPH = """
            The film opens on a corridor that seems to go on forever, and it takes a while to notice that \
            the camera has not moved at all: it is the *people* who keep walking away from it. That is the \
            method of the whole picture — patience first, meaning later — and it asks a lot of an audience \
            raised on **cutting every two seconds**. See [the director's notes](https://example.org/notes) \
            for how the set was built.
            """;

    private static final String REVIEW = "## What it is about\n\n" + PARAGRAPH.repeat(4)
            + "\n## 한국어 관객에게\n\n이 영화는 느리지만 지루하지 않습니다. 배우들의 침묵이 대사보다 많은 것을 말합니다. "
            + "특히 두 번째 장면의 빛은 오래 기억에 남을 것입니다.\n\n"
            + ":::spoiler What happens at the end\n" + PARAGRAPH.repeat(2) + ":::\n\n"
            + "| Aspect | Score |\n|:--|--:|\n| Script | 4 |\n| Camera | 5 |\n| Sound | 3 |\n\n"
            + "## Verdict\n\n" + PARAGRAPH.repeat(3) + "\n> Nobody leaves a room in this film without leaving something behind.\n";

    private static final String COMMENT = """
            I saw it twice. The *first* time I thought the ending was a cheat; the second time I noticed \
            the shoes by the door in the opening shot and it all clicked.
            Worth reading: https://example.org/essay — 결말은 처음부터 예고되어 있었네요.""";

    private final Markdown markdown = new Markdown();

    @Benchmark
    public RenderedPost renderAReview() {
        return markdown.renderPost(REVIEW);
    }

    @Benchmark
    public String renderAComment() {
        return markdown.renderComment(COMMENT);
    }
}
