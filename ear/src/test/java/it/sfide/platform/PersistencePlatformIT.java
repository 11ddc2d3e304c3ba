package it.sfide.platform;

import it.sfide.testing.Deployments;
import it.sfide.testing.probe.PersistenceProbe;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
}
