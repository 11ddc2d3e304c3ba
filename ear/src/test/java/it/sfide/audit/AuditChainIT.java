package it.sfide.audit;

import it.sfide.identity.OperatorType;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.boundary.RegistrationRequest;
import it.sfide.identity.boundary.RegistrationService;
import it.sfide.shared.SfideException;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import it.sfide.testing.probe.AuditProbe;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara, on the configured database: business acts append to the audit chain, refused ones too, and an
 * altered or deleted row is found by the check. Every tampering is undone before the test ends.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AuditChainIT.class);
    }

    @Inject
    RegistrationService registrations;

    @Inject
    AuditProbe probe;

    private static RegistrationRequest registration(String suffix, String password) {
        return new RegistrationRequest(OrganisationKind.OPERATOR, "Audit " + suffix + " S.r.l.", "IT",
                TestData.italianVatNumber(), null, OperatorType.SME, "audit." + suffix + "@example.org", null, null,
                null, "Revisore " + suffix, "auditor" + suffix, "auditor." + suffix + "@example.org", password, "it");
    }

    @Test
    void doneAndRefusedActsAreBothRecordedAndChained() {
        long before = probe.headSeq();
        String suffix = TestData.unique();
        assertThrows(SfideException.class, () -> registrations.register(registration(suffix, "short")));
        registrations.register(registration(suffix, "Tiglio-argentato-2026!"));

        List<AuditRecord> latest = probe.latest(2);
        AuditRecord done = latest.get(0);
        AuditRecord refused = latest.get(1);
        assertEquals(before + 2, done.getSeq());
        assertEquals("organisation.register", refused.getAction());
        assertEquals(AuditOutcome.REFUSED, refused.getOutcome());
        assertTrue(refused.getDetails().contains("error.validation"), refused.getDetails());
        assertEquals(AuditOutcome.DONE, done.getOutcome());
        assertEquals("anonymous", done.getActor());
        assertEquals("organisation", done.getTargetType());
        assertEquals(refused.getHash(), done.getPreviousHash(), "each record holds the hash of the one before");
        assertFalse(done.getDetails() != null && done.getDetails().contains("Tiglio"), "no password in the log");
        assertTrue(probe.check().intact());
    }

    @Test
    void theLogNamesEachKindOfTargetOnceAndNeverBySealedContent() {
        // the demo has challenges, committees, proposals, contracts, communities and a reuse entry
        java.util.Locale it = java.util.Locale.ITALIAN;
        java.util.Locale en = java.util.Locale.ENGLISH;
        String committee = probe.firstId("evaluation_committee");
        assertTrue(probe.nameOf("committee", committee, it).matches("[^|]+ · fase \\d+"),
                probe.nameOf("committee", committee, it));
        assertTrue(probe.nameOf("committee", committee, en).matches("[^|]+ · phase \\d+"),
                probe.nameOf("committee", committee, en));
        String proposal = probe.firstId("proposal");
        assertTrue(probe.nameOf("proposal", proposal, it).endsWith(" · proposta n. " + proposal),
                probe.nameOf("proposal", proposal, it));
        for (String[] kind : new String[][] {{"challenge", "challenge"}, {"contract", "contract"},
                {"community", "community"}, {"reuseEntry", "reuse_entry"}}) {
            String id = probe.firstId(kind[1]);
            String name = probe.nameOf(kind[0], id, it);
            assertFalse(name.isBlank() || name.contains("|") || name.equals(id), kind[0] + " " + id + ": " + name);
        }
        assertEquals("", probe.nameOf("committee", "999999999", it), "no name for what does not exist");
        assertEquals("", probe.nameOf("nothing", committee, it), "nor for a kind no area owns");
    }

    @Inject
    it.sfide.audit.boundary.DailyCheckpoint checkpoints;

    @Inject
    it.sfide.document.boundary.DocumentIssuer documents;

    @Inject
    it.sfide.document.boundary.DocumentRegistry registry;

    @Test
    void theDailyCheckpointSealsTheHeadOfTheChainOncePerDay() throws Exception {
        // at least one act, so that the chain has a head even on a new database
        assertThrows(SfideException.class, () -> registrations.register(registration(TestData.unique(), "short")));
        java.time.LocalDate day = java.time.LocalDate.of(2099, 1, 1);
        while (!documents.ofRecord("audit-checkpoint", day.toString()).isEmpty()) {
            day = day.plusDays(1);
        }
        long head = probe.headSeq();
        var issued = checkpoints.issueFor(day);
        assertTrue(issued.isPresent());
        assertEquals("audit-checkpoint", issued.get().type());
        assertTrue(checkpoints.issueFor(day).isEmpty(), "one checkpoint per day");
        String headHash = probe.latest(1).get(0).getHash();
        assertEquals(head, probe.latest(1).get(0).getSeq());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(registry.content(issued.get().protocol()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertTrue(text.contains(headHash), "the checkpoint carries the head's hash");
            var signatures = pdf.getSignatureDictionaries();
            assertEquals(2, signatures.size(), "sealed, then time-stamped for the archive");
            assertEquals("ETSI.CAdES.detached", signatures.get(0).getSubFilter());
            assertEquals("ETSI.RFC3161", signatures.get(1).getSubFilter(), "a document time-stamp: baseline LTA");
        }
    }

    @Test
    void alteredAndDeletedRowsAreDetected() {
        assertThrows(SfideException.class, () -> registrations.register(registration(TestData.unique(), "short")));
        long seq = probe.headSeq();
        assertTrue(probe.check().intact());

        String actor = probe.setActor(seq, "mallory");
        try {
            AuditChain.Report altered = probe.check();
            assertEquals(AuditChain.Problem.ALTERED, altered.problem());
            assertEquals(seq, altered.seq());
        } finally {
            probe.setActor(seq, actor);
        }
        assertTrue(probe.check().intact(), "restored");

        Object[] row = probe.delete(seq);
        try {
            AuditChain.Report missing = probe.check();
            assertEquals(AuditChain.Problem.MISSING, missing.problem());
            assertEquals(seq, missing.seq());
        } finally {
            probe.reinsert(row);
        }
        AuditChain.Report restored = probe.check();
        assertTrue(restored.intact(), restored.toString());
        assertNull(restored.seq());
    }
}
