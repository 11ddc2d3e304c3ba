package it.sfide.evaluation.bench;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.document.control.SealedDocuments;
import it.sfide.evaluation.control.CommitteeAppointment.Member;
import it.sfide.evaluation.control.CommitteeReport;
import it.sfide.evaluation.control.EvaluationSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committee report at scale (docs/benchmarks.md): for each size of call, the report of that many proposals
 * (three individual evaluations each, four criteria, comments of about 300 characters, a committee of seven) is
 * rendered and sealed as {@code DocumentIssuer} seals it, signed in turn by the seven members as
 * {@code Countersigner} signs, and validated by EU DSS (offline, trusting only the test root): the seal and the
 * seven signatures must all pass at PAdES baseline LT, or the run fails.
 * <p>
 * A timed single shot rather than JMH: one size takes seconds to minutes and builds on the previous step's bytes
 * (signature k signs the output of signature k-1), which JMH's repeated independent invocations do not model. One
 * small report is rendered, signed and validated first so that the figures are of a warmed-up JVM.
 * <pre>
 * ./mvnw -o -B -pl ejb -am -Pbench test -Dtest=CommitteeReportAtScale -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dsizes=250,500} changes the sizes; {@code -Dbreakdown=false} skips the analysis of one signature.
 * The table is printed and appended to {@code ejb/target/committee-report-at-scale.md}.
 */
class CommitteeReportAtScale {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Locale LOCALE = Locale.ITALIAN;
    private static final int MEMBERS = 7;

    private final SealedDocuments docs = new SealedDocuments("Scale", NOW);

    private record Row(int proposals, int pages, long sealedBytes, long signedBytes, double sealMs,
            double[] signMs, double dssMs, String verdict) {
    }

    @Test
    void committeeReportOfACallOfEachSizeIsSealedSignedBySevenAndStaysValid() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("sizes", "250,500,1000,2000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        run(20); // warm-up, not reported
        List<Row> rows = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("\n### Run of ").append(Instant.now()).append(" — Java ").append(Runtime.version())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB\n\n")
                .append("| proposals | pages | sealed MB | signed ×7 MB | render+seal s | signatures 1–7 ms |"
                        + " DSS validation s | DSS verdict |\n")
                .append("|---:|---:|---:|---:|---:|---|---:|---|\n");
        byte[] largest = null;
        byte[] largestSealed = null;
        for (int size : sizes) {
            Run run = run(size);
            rows.add(run.row());
            largest = run.signed();
            largestSealed = run.sealed();
            Row r = run.row();
            String line = String.format(Locale.ROOT, "| %,d | %,d | %.2f | %.2f | %.2f | %s | %.2f | %s |%n",
                    r.proposals(), r.pages(), r.sealedBytes() / 1e6, r.signedBytes() / 1e6, r.sealMs() / 1000,
                    String.join(" · ", Arrays.stream(r.signMs()).mapToObj(ms -> String.format(Locale.ROOT, "%.0f",
                            ms)).toList()), r.dssMs() / 1000, r.verdict());
            out.append(line);
            System.out.print(line);
        }
        if (Boolean.parseBoolean(System.getProperty("breakdown", "true")) && largest != null) {
            out.append("\nOne more signature on the largest signed report (")
                    .append(String.format(Locale.ROOT, "%.1f MB", largest.length / 1e6)).append("), step by step:\n");
            long t = System.nanoTime();
            docs.validate(largestSealed);
            out.append(String.format(Locale.ROOT, "- EU DSS on the same report with the seal alone (1 signature):"
                    + " %.1f s%n", (System.nanoTime() - t) / 1e9));
            for (int i = 0; i < 2; i++) {
                // a new signer, then the chair, who signed every report above
                SealedDocuments.SigningBreakdown b = i == 0
                        ? docs.breakdown(largest, "Nuovo Firmatario", "Componente della commissione", LOCALE)
                        : docs.breakdown(largest, "Laura Ferretti", "Presidente della commissione", LOCALE);
                out.append(String.format(Locale.ROOT, "- %s: PDFBox parse %.0f ms; finding the free box %.0f ms; raw PDFBox signature save %.0f ms;"
                                + " Sfide baseline-T with visible box %.0f ms; validation data (DSS dictionary) %.0f ms%n",
                        b.sizeKnownBefore() ? "signer whose container size is known" : "first signature of a signer",
                        b.parseMs(), b.freeBoxMs(), b.rawFloorMs(), b.baselineTMs(), b.validationDataMs()));
            }
        }
        System.out.println(out);
        Path file = Path.of("target", "committee-report-at-scale.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private record Run(Row row, byte[] sealed, byte[] signed) {
    }

    private Run run(int proposals) throws Exception {
        CommitteeReport report = EvaluationSamples.report(proposals, MEMBERS, LOCALE);
        System.gc();
        long t0 = System.nanoTime();
        byte[] sealed = docs.issue(CommitteeReport.Renderer.of(report), report, "SFIDE-2026-00" + (1000 + proposals),
                EvaluationSamples.BODY, LOCALE);
        double sealMs = (System.nanoTime() - t0) / 1e6;
        int pages;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            pages = document.getNumberOfPages();
        }
        byte[] signed = sealed;
        double[] signMs = new double[MEMBERS];
        for (int i = 0; i < MEMBERS; i++) {
            Member m = report.members().get(i);
            long t = System.nanoTime();
            signed = docs.countersign(signed, m.name(), m.chair() ? "Presidente della commissione"
                    : "Componente della commissione", LOCALE);
            signMs[i] = (System.nanoTime() - t) / 1e6;
        }
        assertEquals(0, SealedDocuments.freeSignatureBoxes(signed), "every member's box is filled");
        long t1 = System.nanoTime();
        SimpleReport dss = docs.validate(signed);
        double dssMs = (System.nanoTime() - t1) / 1e6;
        assertEquals(MEMBERS + 1, dss.getSignaturesCount(), dss.toString());
        int passed = 0;
        for (String id : dss.getSignatureIdList()) {
            assertEquals(Indication.TOTAL_PASSED, dss.getIndication(id), dss.toString());
            assertEquals(SignatureLevel.PAdES_BASELINE_LT, dss.getSignatureFormat(id));
            passed++;
        }
        String verdict = passed + "/" + dss.getSignaturesCount() + " TOTAL_PASSED, PAdES-BASELINE-LT";
        return new Run(new Row(proposals, pages, sealed.length, signed.length, sealMs, signMs, dssMs, verdict), sealed,
                signed);
    }
}
