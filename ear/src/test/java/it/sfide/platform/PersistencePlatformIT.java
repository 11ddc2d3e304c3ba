package it.sfide.platform;

import it.sfide.challenge.ChallengeContent;
import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.Phase;
import it.sfide.challenge.TieBreak;
import it.sfide.identity.ItalianRegion;
import it.sfide.testing.Deployments;
import it.sfide.testing.probe.PersistenceProbe;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running Payara, against the configured database (H2 by default, MariaDB with -Dsfide.test.db=mariadb):
 * the migrations ran and instants survive a round trip through JPA with their microseconds.
 */
@ExtendWith(ArquillianExtension.class)
class PersistencePlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(PersistencePlatformIT.class);
    }

    @Inject
    PersistenceProbe probe;

    @Test
    void migrationsCreateTheIdentitySchema() {
        List<String> versions = probe.appliedMigrations();
        assertTrue(versions.contains("1"), "migration 1 applied: " + versions);
        assertEquals(List.of("account", "api_token", "invitation", "mail_outbox", "organisation"), probe.tables());
    }

    /**
     * On H2 no column is an identity any more (H2 2.2.224 could give one AUTO_INCREMENT key to two concurrent
     * inserts): EclipseLink draws each key from the table's sequence before the insert. MariaDB keeps AUTO_INCREMENT.
     */
    @Test
    void keysComeFromTheTableSequenceOnH2AndFromAutoIncrementElsewhere() {
        List<String> identities = probe.identityColumns();
        if ("H2".equals(probe.databaseProduct())) {
            assertEquals(List.of(), identities);
            long drawn = probe.nextSequenceValue("mail_outbox_id_seq");
            long first = probe.storeMailCreatedAt(Instant.parse("2026-11-23T09:00:00Z"));
            long second = probe.storeMailCreatedAt(Instant.parse("2026-11-23T09:00:01Z"));
            assertEquals(List.of(drawn + 1, drawn + 2), List.of(first, second));
        } else {
            assertTrue(identities.containsAll(List.of("mail_outbox.id", "proposal_blob.id", "proposal_submission.id")),
                    identities.toString());
        }
    }

    @Test
    void instantKeepsItsMicrosecondsThroughTheDatabase() {
        Instant written = Instant.parse("2026-11-22T10:15:30.123456Z");
        long id = probe.storeMailCreatedAt(written);
        assertEquals(written, probe.mailCreatedAt(id), "on " + probe.databaseProduct());
    }

    @Test
    void instantInTheDaylightSavingChangeOfRomeIsKeptExactly() {
        // 02:30 on the last Sunday of March does not exist in Europe/Rome; 02:30 on the last Sunday of October twice
        for (String value : List.of("2026-03-29T01:30:00.000001Z", "2026-10-25T00:30:00.999999Z",
                "2026-10-25T01:30:00.500000Z")) {
            Instant written = Instant.parse(value);
            assertEquals(written, probe.mailCreatedAt(probe.storeMailCreatedAt(written)), value);
        }
    }

    @Test
    void nanosecondsBeyondTheMicrosecondAreDroppedNotRounded() {
        Instant written = Instant.parse("2026-11-22T23:59:59.999999999Z");
        assertEquals(Instant.parse("2026-11-22T23:59:59.999999Z"), probe.mailCreatedAt(probe.storeMailCreatedAt(written)));
    }

    @Test
    void aChallengeWithItsPhasesAndCriteriaSurvivesTheDatabaseExactly() {
        Instant now = Instant.parse("2026-11-22T10:00:00.123456Z");
        ChallengeContent content = new ChallengeContent(ChallengeType.PCP,
                "Gemello digitale", "Digital twin", "Sintesi", "Summary", "Bisogno <script>x</script>",
                "Need ".repeat(3_000), null, "Outcomes in English", new BigDecimal("1500000.50"), null, 3, 8,
                List.of("digital-twin", "mobility"),
                ItalianRegion.LOMBARDIA, List.of("Proposta tecnica", "Piano finanziario"),
                List.of(new Phase(1, now, now.plusSeconds(86_400), new BigDecimal("300000")),
                        new Phase(2, now.plusSeconds(90_000), now.plusSeconds(200_000), null),
                        new Phase(3, now.plusSeconds(300_000), now.plusSeconds(400_000), null)),
                List.of(new Criterion("Qualità", "Quality", 70, 40),
                        new Criterion("Prezzo", "Price", 30, null)),
                65, TieBreak.EARLIEST_SUBMISSION, true, "ABCDE12345", null);
        long id = probe.storeChallenge(content, "ocds-probe-" + System.nanoTime(), now);
        var read = probe.challenge(id);
        assertEquals("Gemello digitale", read.getTitleIt());
        assertEquals("Bisogno <script>x</script>", read.getNeed(), "text is kept as written");
        assertEquals("Need ".repeat(3_000).strip(), read.getNeedEn(), "a long English need is kept whole");
        assertEquals("Outcomes in English", read.getExpectedOutcomesEn());
        assertEquals(0, new BigDecimal("1500000.50").compareTo(read.getBudget()));
        assertEquals(List.of(1, 2, 3), read.getPhases().stream().map(Phase::getNumber).toList());
        assertEquals(now.plusSeconds(86_400), read.getPhases().get(0).getClosesAt());
        assertEquals(List.of("Quality", "Price"), read.getCriteria().stream()
                .map(Criterion::getNameEn).toList());
        assertEquals(List.of("digital-twin", "mobility"), read.getThemes());
        assertEquals(List.of("Proposta tecnica", "Piano finanziario"), read.getRequiredDocuments());
        assertEquals(ChallengeStatus.DRAFT, read.getStatus());
        assertTrue(probe.appliedMigrations().contains("5"));
    }
}
