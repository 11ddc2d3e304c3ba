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

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
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

    /**
     * MySQL Connector/J talking to MariaDB silently drops fractional seconds: refuse to start rather than lose
     * time precision. MariaDB is reached through its own driver ({@code jdbc:mariadb:} URLs).
     */
    private void refuseLossyDriver() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            boolean mariaDb = meta.getDatabaseProductVersion().toLowerCase(java.util.Locale.ROOT).contains("mariadb");
            if (mariaDb && meta.getURL() != null && meta.getURL().startsWith("jdbc:mysql:")) {
                throw new IllegalStateException("SFIDE_DB_URL points MySQL Connector/J (jdbc:mysql:) at a MariaDB"
                        + " server, which drops fractional seconds: use a jdbc:mariadb: URL instead");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** Not transactional: Flyway manages its own connections and transactions (on an XA pool it fails otherwise). */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        if (!TimeZone.getDefault().toZoneId().normalized().equals(ZoneOffset.UTC)) {
            LOG.warning("The server JVM does not run in UTC (user.timezone=" + TimeZone.getDefault().getID()
                    + "): run Payara with -Duser.timezone=UTC, see docs/operations.md");
        }
        refuseLossyDriver();
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0 ? "Database schema up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion + " ("
                        + result.migrationsExecuted + " migrations applied)");
        replaceH2IdentityColumns();
    }

    /** On the embedded H2 only: keys from one sequence per table, see {@link H2Identities}. */
    private void replaceH2IdentityColumns() {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            int replaced = H2Identities.replaceIdentityColumns(connection);
            if (replaced > 0) {
                LOG.info(() -> replaced + " identity columns of the embedded database now take their keys from"
                        + " sequences");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give the embedded database's tables their key sequences: "
                    + e.getMessage(), e);
        }
    }
}
