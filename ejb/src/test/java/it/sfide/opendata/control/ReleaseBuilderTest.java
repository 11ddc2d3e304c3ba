package it.sfide.opendata.control;

import it.sfide.challenge.AmendmentKind;
import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.TieBreak;
import it.sfide.challenge.boundary.AmendmentView;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ClarificationView;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.MilestoneStatus;
import it.sfide.contract.SignatureMode;
import it.sfide.contract.boundary.ContractView;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentView;
import it.sfide.evaluation.boundary.AwardView;
import it.sfide.identity.ItalianRegion;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.boundary.Directory.PartyView;
import it.sfide.opendata.OcdsRelease;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process followed through its stages (published, amended, clarified, awarded, contracted, signed, a milestone
 * met and paid, completed): at each one the full-state release validates against the OCDS 1.1 schemas, carries the
 * tags of what changed, and holds nothing that must stay private.
 */
class ReleaseBuilderTest {

    private static final String BASE = "https://sfide.example.it";
    private static final String OCID = "ocds-sfide01-000042";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final ReleaseBuilder builder = new ReleaseBuilder(BASE);
    private final Packages packages = new Packages(BASE, "Sfide");
    private final List<OcdsRelease> published = new ArrayList<>();

    @Test
    void eachStageIsAValidReleaseTaggedByWhatChanged() {
        Stage s = new Stage();
        assertEquals(List.of("tender"), publish(s));

        s.amendments = List.of(new AmendmentView(AmendmentKind.DEADLINE, "Più tempo per i consorzi", 1,
                T0.plusSeconds(86400 * 30), T0.plusSeconds(86400 * 40), T0.plusSeconds(3600), "SF-2026-0000101"));
        assertEquals(List.of("tenderAmendment"), publish(s));

        s.clarifications = List.of(new ClarificationView(7, 42, "Sono ammessi i consorzi?", "Sì.", null, null,
                T0.plusSeconds(7200), false, null, null));
        assertEquals(List.of("tenderUpdate"), publish(s));

        s.status = ChallengeStatus.CLOSED;
        assertEquals(List.of("tenderUpdate"), publish(s), "the phase closed");

        s.status = ChallengeStatus.AWARDED;
        s.awards = List.of(new AwardView(5, 42, 1, false, 1, null, T0.plusSeconds(86400 * 50), "SF-2026-0000200",
                T0.plusSeconds(86400 * 80), List.of(new AwardView.Winner(11, 300, "Nuvola Civica S.r.l.", 1,
                        new BigDecimal("87.50"), new BigDecimal("90000.00"))),
                List.of(new AwardView.Ranked(1, "Nuvola Civica S.r.l.", new BigDecimal("87.50"), true))));
        assertEquals(List.of("tenderUpdate", "award"), publish(s), "the award period ends: the tender changes too");

        s.contract = contract(ContractStatus.ISSUED, MilestoneStatus.PENDING, false, null);
        assertEquals(List.of("contract"), publish(s));

        s.contract = contract(ContractStatus.SIGNED, MilestoneStatus.PENDING, false, null);
        assertEquals(List.of("contractUpdate"), publish(s));

        s.contract = contract(ContractStatus.SIGNED, MilestoneStatus.ACCEPTED, true, null);
        assertEquals(List.of("contractUpdate", "implementation"), publish(s));

        s.status = ChallengeStatus.COMPLETED;
        s.contract = contract(ContractStatus.COMPLETED, MilestoneStatus.ACCEPTED, true, "SF-2026-0000400");
        assertEquals(List.of("contractTermination", "implementationUpdate"), publish(s));

        String record = packages.recordPackage(packages.recordPackageUri(OCID), List.of(published)).build().toString();
        assertEquals(List.of(), OcdsSchema.recordPackageProblems(record));
        assertTrue(record.contains("\"compiledRelease\"") && record.contains("\"compiled\""), record);
    }

    @Test
    void theSameStateGivesTheSameJsonAndNothingPrivate() {
        Stage s = new Stage();
        s.clarifications = List.of(new ClarificationView(7, 42, "Sono ammessi i consorzi?", "Sì.",
                T0, T0, T0.plusSeconds(7200), false, "Mario Rossi (Nuvola Civica)", "domanda originale"));
        JsonObject one = builder.state(s.data());
        assertEquals(one.toString(), builder.state(s.data()).toString(), "deterministic: its digest tells changes");
        assertFalse(one.toString().contains("Mario Rossi") || one.toString().contains("domanda originale"),
                "never who asked, nor the question as first written");
        s.contract = contract(ContractStatus.SIGNED, MilestoneStatus.ACCEPTED, true, null);
        String withContract = builder.state(s.data()).toString();
        assertFalse(withContract.contains("Giulia Bianchi") || withContract.contains("REF-INTERNAL"),
                "no signer's name, no payment reference: " + withContract);
        assertFalse(withContract.contains("@"), "no e-mail address");
        assertTrue(withContract.contains("\"IT-CF-80050050154\""), "the body's tax code as its party id");
        assertTrue(withContract.contains("\"IT-IPA\""), "the body's iPA code");
        assertTrue(withContract.contains("\"projectID\":\"J41B26000010006\""), "the CUP");
        assertTrue(withContract.contains("\"lots\":[{\"id\":\"Z1A3B4C5D6\""), "the CIG identifies the single lot");
        assertNotEquals(one.toString(), withContract);
    }

    @Test
    void theValidatorRefusesWhatTheStandardRefuses() {
        Stage s = new Stage();
        publish(s);
        String valid = packages.releasePackage(packages.releasePackageUri(OCID), published).toString();
        assertEquals(List.of(), OcdsSchema.releasePackageProblems(valid));
        List<String> badTag = OcdsSchema.releasePackageProblems(valid.replace("\"tag\":[\"tender\"]",
                "\"tag\":[\"opened\"]"));
        assertTrue(badTag.stream().anyMatch(p -> p.contains("tag")), "a tag outside the codelist: " + badTag);
        List<String> badDate = OcdsSchema.releasePackageProblems(valid.replace("\"publishedDate\":\"",
                "\"publishedDate\":\"ieri "));
        assertFalse(badDate.isEmpty(), "a date that is no date-time");
        List<String> badStatus = OcdsSchema.releasePackageProblems(valid.replace("\"status\":\"active\"",
                "\"status\":\"aperta\""));
        assertFalse(badStatus.isEmpty(), "a status outside the closed codelist (deep in tender: the $ref resolved)");
        List<String> twice = OcdsSchema.releasePackageProblems(valid.replace("\"id\":\"budget\"",
                "\"id\":\"budget\"").replace("\"lots\":[{", "\"lots\":[{\"id\":\"x\",\"title\":\"a\"},{\"id\":\"x\",\"title\":\"b\"},{"));
        assertTrue(twice.stream().anyMatch(p -> p.contains("not unique")), "two lots with one id: " + twice);
    }

    private List<String> publish(Stage s) {
        JsonObject state = builder.state(s.data());
        JsonObject previous = published.isEmpty() ? null : stateOf(published.get(published.size() - 1));
        List<String> tags = ReleaseTags.between(previous, state);
        OcdsRelease last = published.isEmpty() ? null : published.get(published.size() - 1);
        Instant date = T0.plusSeconds(published.size() * 86400L);
        String id = OcdsRelease.releaseId(OCID, last == null ? 1 : last.getSeq() + 1);
        OcdsRelease release = new OcdsRelease(42, OCID, last, date, tags, "0".repeat(64),
                ReleaseBuilder.release(state, id, date, tags).toString());
        published.add(release);
        String pack = packages.releasePackage(packages.releasePackageUri(OCID), published).toString();
        assertEquals(List.of(), OcdsSchema.releasePackageProblems(pack), "valid after " + tags + ": " + pack);
        return tags;
    }

    private static JsonObject stateOf(OcdsRelease r) {
        var b = jakarta.json.Json.createObjectBuilder(Packages.parse(r.getBody()));
        b.remove("id");
        b.remove("date");
        b.remove("tag");
        return b.build();
    }

    private static ContractView contract(ContractStatus status, MilestoneStatus milestone, boolean paid,
                                         String completion) {
        boolean signed = status == ContractStatus.SIGNED || status == ContractStatus.COMPLETED;
        Instant decided = milestone == MilestoneStatus.ACCEPTED ? T0.plusSeconds(86400 * 70) : null;
        List<ContractView.MilestoneView> milestones = List.of(new ContractView.MilestoneView(1, "Prototipo",
                "Prototipo funzionante", LocalDate.of(2026, 6, 30), new BigDecimal("90000.00"), milestone, false,
                decided, decided, null, decided == null ? null : "SF-2026-0000300",
                paid ? new BigDecimal("90000.00") : BigDecimal.ZERO, List.of()));
        List<ContractView.PaymentView> payments = paid ? List.of(new ContractView.PaymentView(9, 1,
                new BigDecimal("90000.00"), LocalDate.of(2026, 7, 10), null, T0.plusSeconds(86400 * 75))) : List.of();
        return new ContractView(21, "C-2026-0001", 42, "Parcheggi intelligenti", OCID, 1, 100, "Comune di Milano",
                300, "Nuvola Civica S.r.l.", "Sviluppo del prototipo", new BigDecimal("90000.00"),
                new BigDecimal("90000.00"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), status,
                "SF-2026-0000250", T0.plusSeconds(86400 * 55), null, signed ? T0.plusSeconds(86400 * 56) : null,
                null, SignatureMode.PLATFORM, signed ? T0.plusSeconds(86400 * 57) : null,
                completion == null ? null : T0.plusSeconds(86400 * 90), completion, milestones, payments,
                new ContractView.Money(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), null);
    }

    private static DocumentView document(String protocol, String recordType, String recordId, Visibility v,
                                         Instant issued) {
        return new DocumentView(protocol, "notice", "Documento " + protocol, recordType, recordId, v, "ab".repeat(32),
                1000, "Comune di Milano", "it", issued, DocumentView.downloadPath(protocol), null, null);
    }

    /** The process at a stage: what the areas' public methods would answer. */
    private static final class Stage {
        ChallengeStatus status = ChallengeStatus.PUBLISHED;
        List<AmendmentView> amendments = List.of();
        List<ClarificationView> clarifications = List.of();
        List<AwardView> awards = List.of();
        ContractView contract;

        ProcessData data() {
            ChallengeView c = new ChallengeView(42, OCID, status, ChallengeType.CHALLENGE_PRIZE, 100,
                    "Comune di Milano", "Parcheggi intelligenti", "Smart parking", "Trovare posto più in fretta",
                    "Find a space faster", "Il traffico di chi cerca parcheggio", "Traffic of people looking",
                    "Meno traffico", "Less traffic", new BigDecimal("100000.00"), new BigDecimal("90000.00"), 4, 7,
                    List.of("mobility"), ItalianRegion.LOMBARDIA, List.of(),
                    List.of(new ChallengeView.PhaseView(1, T0, T0.plusSeconds(86400 * 40), new BigDecimal("100000.00"),
                            status == ChallengeStatus.PUBLISHED ? null : T0.plusSeconds(86400 * 40))),
                    List.of(new ChallengeView.CriterionView("Qualità tecnica", "Technical quality", 60, 30, null),
                            new ChallengeView.CriterionView("Impatto", "Impact", 40, null, null)),
                    60, TieBreak.values()[0], false, "Z1A3B4C5D6", "J41B26000010006", T0.plusSeconds(86400 * 40),
                    T0.plusSeconds(86400 * 20), T0, null, "SF-2026-0000100", null, null, null, T0, List.of(),
                    amendments, null, false, false, false, null, false, false);
            List<ContractView> contracts = contract == null ? List.of() : List.of(contract);
            List<DocumentView> contractDocs = new ArrayList<>();
            if (contract != null) {
                contractDocs.add(document("SF-2026-0000250", "contract", "21", Visibility.RESTRICTED, T0));
                contractDocs.add(document("SF-2026-0000300", "contract", "21", Visibility.RESTRICTED, T0));
                contractDocs.add(document("SF-2026-0000400", "contract", "21", Visibility.RESTRICTED, T0));
            }
            List<DocumentView> tender = new ArrayList<>(List.of(document("SF-2026-0000100", "challenge", "42",
                    Visibility.PUBLIC, T0)));
            if (!clarifications.isEmpty()) {
                tender.add(document("SF-2026-0000150", "challenge-clarifications", "42", Visibility.PUBLIC, T0));
            }
            return new ProcessData(c, clarifications, awards, contracts, tender,
                    Map.of("SF-2026-0000200", document("SF-2026-0000200", "award", "5/1", Visibility.PUBLIC, T0)),
                    contract == null ? Map.of() : Map.of(21L, contractDocs),
                    Map.of(100L, new PartyView(100, "Comune di Milano", OrganisationKind.PUBLIC_BODY, "IT",
                                    "80050050154", null, "c_f205", ItalianRegion.LOMBARDIA),
                            300L, new PartyView(300, "Nuvola Civica S.r.l.", OrganisationKind.OPERATOR, "IT",
                                    null, "01234567890", null, null)));
        }
    }
}
