package it.sfide.document.control;

import it.sfide.identity.control.VerificationCertificate;

import java.time.Instant;
import java.util.Locale;

/**
 * A rough look at where issuing time goes, stage by stage (not a benchmark: see SealingBenchmark). Run from the
 * test class path: {@code java -cp ... it.sfide.document.control.CostBreakdown}.
 */
public final class CostBreakdown {

    public static void main(String[] args) {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        TestPki pki = new TestPki("Cost", now);
        VerificationCertificate record = new VerificationCertificate("Comune di Milano", "PUBLIC_BODY", "01199250158",
                "c_f205", "admin", now);
        DocumentHeader header = new DocumentHeader("SFIDE-2026-000001", "Sfide", "Attestato", now,
                "http://localhost:8080/verify?p=SFIDE-2026-000001", Locale.ITALIAN);
        Seal seal = pki.sealing();
        byte[] content = new byte[60_000];
        int n = 300;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                PdfLayout.render(new VerificationCertificate.Renderer(), record, header);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                PdfLayout.render(new VerificationCertificate.Renderer(), record, header, seal);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                PadesSigner.cms(content, pki.seal, pki.timeStamper());
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                pki.timeStamper().apply(new byte[32]);
            }
            long t4 = System.nanoTime();
            System.out.printf("render %.2f ms, render and seal %.2f ms, CMS with time-stamp %.2f ms,"
                    + " time-stamp alone %.2f ms%n", (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, (t3 - t2) / 1e6 / n,
                    (t4 - t3) / 1e6 / n);
        }
    }
}
