package it.sfide.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date at startup with the migrations in {@code db/migration} of the domain jar: Flyway
 * is the only owner of the schema. The datasource itself is defined here, from configuration.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "it.sfide.platform.db.SfideDataSource",
        url = "${MPCONFIG=SFIDE_DB_URL}",
        user = "${MPCONFIG=SFIDE_DB_USER}",
        password = "${MPCONFIG=SFIDE_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:app/jdbc/sfide";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    /** Not transactional: Flyway manages its own connections and transactions (on an XA pool it fails otherwise). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        if (!TimeZone.getDefault().toZoneId().normalized().equals(ZoneOffset.UTC)) {
            LOG.warning("The server JVM does not run in UTC (user.timezone=" + TimeZone.getDefault().getID()
                    + "): run Payara with -Duser.timezone=UTC, see docs/operations.md");
        }
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }
}
