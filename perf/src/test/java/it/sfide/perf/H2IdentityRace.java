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
 * key. Run it against a given H2 jar and mode, e.g. Payara's:
 * <pre>
 * javac -d /tmp/race perf/src/test/java/it/sfide/perf/H2IdentityRace.java
 * java -Dmode=MySQL -cp /tmp/race:.sfide/payara6/h2db/bin/h2.jar it.sfide.perf.H2IdentityRace
 * </pre>
 */
public final class H2IdentityRace {

    private H2IdentityRace() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("mode", "MySQL");
        String url = "jdbc:h2:mem:race" + System.nanoTime() + ";MODE=" + mode + ";DB_CLOSE_DELAY=-1";
        int threads = 8;
        int rows = 50_000;
        AtomicInteger duplicates = new AtomicInteger();
        try (Connection keep = DriverManager.getConnection(url, "sa", "")) {
            keep.createStatement().execute(
                    "CREATE TABLE t (id BIGINT NOT NULL AUTO_INCREMENT, v INT, PRIMARY KEY (id))");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, "sa", "");
                         PreparedStatement insert = c.prepareStatement("INSERT INTO t (v) VALUES (1)")) {
                        for (int i = 0; i < rows; i++) {
                            try {
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
            System.out.printf("H2 %s, MODE=%s: %d of %d inserts refused with a duplicate key%n",
                    keep.getMetaData().getDatabaseProductVersion(), mode, duplicates.get(), threads * rows);
        }
    }
}
