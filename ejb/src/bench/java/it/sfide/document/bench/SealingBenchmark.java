package it.sfide.document.bench;

import it.sfide.document.control.BenchmarkSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sfide's cost of issuing a receipt-sized document (render the PDF/A, seal PAdES-LT with a time-stamp, register
 * its bytes and hash in a database) against the raw cost of the same bytes through one PDFBox signature save and
 * one Bouncy Castle CMS signature. Target: Sfide's throughput at least half of the raw one. docs/benchmarks.md.
 */
@State(Scope.Benchmark)
public class SealingBenchmark {

    private BenchmarkSupport support;

    @Setup
    public void setUp() throws Exception {
        support = new BenchmarkSupport();
    }

    @TearDown
    public void tearDown() throws Exception {
        support.close();
    }

    @Benchmark
    public long sfideIssue() throws Exception {
        return support.issueLikeSfide();
    }

    @Benchmark
    public long rawPdfBoxSaveAndCmsSignature() throws Exception {
        return support.rawSaveAndSign();
    }
}
