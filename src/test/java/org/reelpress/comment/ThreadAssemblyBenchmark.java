package org.reelpress.comment;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Building the nested threads of a page from its flat rows (see bench/jmh/README.md). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ThreadAssemblyBenchmark {

    @Param({"200", "2000"})
    int comments;

    private List<Comment> rows;

    @Setup
    public void makeRows() {
        rows = SampleThread.rows(comments, 1);
    }

    @Benchmark
    public List<CommentNode> buildTheTree() {
        return CommentTree.build(rows, 5);
    }
}
