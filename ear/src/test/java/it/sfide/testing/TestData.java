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
        return it.sfide.identity.Codes.randomItalianVatNumber(ThreadLocalRandom.current());
    }
}
