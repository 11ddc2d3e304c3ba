package it.sfide.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reproduces the H2 defect the deadline-rush benchmark met (docs/benchmarks.md): eight threads insert 50,000 rows
 * each into an {@code AUTO_INCREMENT} table of an in-memory database and count the inserts refused with a duplicate
 * key. It lives outside Maven's source folders (it compiles against the portal's own {@code H2Identities}); run it
 * against a given H2 jar and mode, e.g. Payara's (after {@code ./sfide run} has fetched it):
 * <pre>
 * javac -d /tmp/race perf/race/H2IdentityRace.java \
 *     ejb/src/main/java/it/sfide/platform/db/H2Identities.java
 * java -Dmode=MySQL -cp /tmp/race:.sfide/payara6/h2db/bin/h2.jar it.sfide.perf.H2IdentityRace
 * java -Dmode=MySQL -Dkeys=sequence -cp /tmp/race:.sfide/payara6/h2db/bin/h2.jar it.sfide.perf.H2IdentityRace
 * </pre>
 * With {@code -Dkeys=sequence} the table is first converted as the portal converts its tables on H2
 * ({@code H2Identities}) and every insert takes its key as EclipseLink then does: {@code SELECT NEXT VALUE FOR}
 * the table's sequence, then an insert with that key.
 */
public final class H2IdentityRace {

    private H2IdentityRace() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("mode", "MySQL");
        boolean sequence = "sequence".equals(System.getProperty("keys", "identity"));
        String url = "jdbc:h2:mem:race" + System.nanoTime() + ";MODE=" + mode
                + ";DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        int threads = 8;
        int rows = 50_000;
        AtomicInteger duplicates = new AtomicInteger();
        try (Connection keep = DriverManager.getConnection(url, "sa", "")) {
            keep.createStatement().execute(
                    "CREATE TABLE t (id BIGINT NOT NULL AUTO_INCREMENT, v INT, PRIMARY KEY (id))");
            if (sequence) {
                it.sfide.platform.db.H2Identities.replaceIdentityColumns(keep);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, "sa", "");
                         PreparedStatement next = c.prepareStatement(sequence ? "SELECT NEXT VALUE FOR t_id_seq" : "SELECT 1");
                         PreparedStatement insert = c.prepareStatement(sequence
                                 ? "INSERT INTO t (id, v) VALUES (?, 1)" : "INSERT INTO t (v) VALUES (1)")) {
                        for (int i = 0; i < rows; i++) {
                            try {
                                if (sequence) {
                                    try (java.sql.ResultSet key = next.executeQuery()) {
                                        key.next();
                                        insert.setLong(1, key.getLong(1));
                                    }
                                }
                                insert.executeUpdate();
                            } catch (SQLException e) {
                                if (e.getErrorCode() != 23505) {
                                    throw e;
                                }
                                duplicates.incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
            long stored;
            try (java.sql.ResultSet count = keep.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
                count.next();
                stored = count.getLong(1);
            }
            System.out.printf("H2 %s, MODE=%s, keys from %s: %d of %d inserts refused with a duplicate key,"
                    + " %d rows stored%n", keep.getMetaData().getDatabaseProductVersion(), mode,
                    sequence ? "the table's sequence" : "AUTO_INCREMENT", duplicates.get(), threads * rows, stored);
        }
    }
}
