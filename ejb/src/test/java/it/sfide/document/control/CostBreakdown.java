package it.sfide.document.control;

import it.sfide.identity.control.VerificationCertificate;

import java.time.Instant;
import java.util.Locale;

/** A rough look at where issuing time goes (not a benchmark: see SealingBenchmark). */
public final class CostBreakdown {

    public static void main(String[] args) {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        TestPki pki = new TestPki("Cost", now);
        VerificationCertificate record = new VerificationCertificate("Comune di Milano", "PUBLIC_BODY", "01199250158",
                "c_f205", "admin", now);
        DocumentHeader header = new DocumentHeader("SFIDE-2026-000001", "Sfide", "Attestato", now,
                "http://localhost:8080/verify?p=SFIDE-2026-000001", Locale.ITALIAN);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            byte[] pdf = null;
            for (int i = 0; i < 20; i++) {
                pdf = new VerificationCertificate.Renderer().render(record, header);
            }
            long t1 = System.nanoTime();
            byte[] signed = null;
            for (int i = 0; i < 20; i++) {
                signed = PadesSigner.signBaselineT(pdf, pki.seal, "r", now, pki.timeStamper());
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                PadesSigner.addValidationData(signed, pki.certificates(), pki.crls());
            }
            long t3 = System.nanoTime();
            System.out.printf("render %.1f ms, sign B-T %.1f ms, add DSS %.1f ms%n", (t1 - t0) / 20e6,
                    (t2 - t1) / 20e6, (t3 - t2) / 20e6);
        }
    }
}
