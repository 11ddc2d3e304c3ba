package it.sfide.perf;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw pipeline limit, without the application: for one proposal, its three 5 MB files are hashed (SHA-256),
 * encrypted (AES-256-CBC, a fresh key each) and written to the database in 1 MiB chunks in one committed
 * transaction, then one ECDSA P-256 signature is made over the hashes. {@code sfide.threads} loops (default 2)
 * for {@code sfide.seconds} (default 30) against {@code sfide.raw.url} (default an H2 file database in
 * target/rush); prints proposals per second.
 */
public final class RawPipeline {

    private RawPipeline() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("sfide.raw.url", "jdbc:h2:file:./target/rush/raw;MODE=MySQL;WRITE_DELAY=0");
        String user = System.getProperty("sfide.raw.user", "sa");
        String password = System.getProperty("sfide.raw.password", "");
        int threads = Integer.getInteger("sfide.threads", 2);
        int seconds = Integer.getInteger("sfide.seconds", 30);
        byte[][] files = {RushData.pdfBytes(1), RushData.pdfBytes(2), RushData.pdfBytes(3)};
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS raw_chunk");
            s.execute("CREATE TABLE raw_chunk (blob_id BIGINT NOT NULL, chunk_no INT NOT NULL, data LONGBLOB NOT NULL,"
                    + " PRIMARY KEY (blob_id, chunk_no))");
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair signer = generator.generateKeyPair();
        AtomicLong done = new AtomicLong();
        AtomicLong blobIds = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        AtomicLong measuredFrom = new AtomicLong();
        AtomicLong cpuFrom = new AtomicLong();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO raw_chunk (blob_id, chunk_no, data) VALUES (?, ?, ?)");
                    SecureRandom random = new SecureRandom();
                    KeyGenerator aes = KeyGenerator.getInstance("AES");
                    aes.init(256);
                    while (System.nanoTime() < end) {
                        MessageDigest all = MessageDigest.getInstance("SHA-256");
                        for (byte[] file : files) {
                            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file);
                            all.update(hash);
                            SecretKey key = aes.generateKey();
                            byte[] iv = new byte[16];
                            random.nextBytes(iv);
                            Cipher cbc = Cipher.getInstance("AES/CBC/PKCS5Padding");
                            cbc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
                            byte[] encrypted = cbc.doFinal(file);
                            long blob = blobIds.incrementAndGet();
                            int chunk = 0;
                            for (int off = 0; off < encrypted.length; off += 1024 * 1024) {
                                insert.setLong(1, blob);
                                insert.setInt(2, chunk++);
                                insert.setBytes(3, Arrays.copyOfRange(encrypted, off,
                                        Math.min(encrypted.length, off + 1024 * 1024)));
                                insert.executeUpdate();
                            }
                        }
                        c.commit();
                        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
                        ecdsa.initSign(signer.getPrivate());
                        ecdsa.update(all.digest());
                        ecdsa.sign();
                        if (System.nanoTime() > warmEnd) {
                            if (measuredFrom.compareAndSet(0, System.nanoTime())) {
                                cpuFrom.set(processCpuNanos());
                            }
                            done.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - measuredFrom.get()) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuFrom.get()) / 1e6 / done.get();
        System.out.printf("RAW PIPELINE: %d proposals in %.1f s = %.2f proposals/s (%d threads, %s)%n", done.get(),
                elapsed, done.get() / elapsed, threads, url.replaceAll("\\?.*", ""));
        System.out.printf("  raw CPU: %.0f ms per proposal%n", cpuMillis);
    }

    /** CPU time of this whole process (all threads, the embedded database's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
