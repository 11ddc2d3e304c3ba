package it.sfide.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, valid and unique data for each test run, so tests never depend on each other or on an empty database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    private TestData() {
    }

    /** A short unique suffix, usable in usernames. */
    public static String unique() {
        return RUN + SEQUENCE.incrementAndGet();
    }

    /** A random Italian VAT number (partita IVA) with a correct check digit. */
    public static String italianVatNumber() {
        StringBuilder digits = new StringBuilder();
        digits.append(1 + ThreadLocalRandom.current().nextInt(9));
        for (int i = 0; i < 9; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
