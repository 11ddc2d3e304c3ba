package it.sfide.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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

    /** A registration of a new startup with its founder {@code founder<suffix>}, password {@link #PASSWORD}. */
    public static JsonObject operatorRegistration(String suffix, String email) {
        return Json.createObjectBuilder()
                .add("kind", "OPERATOR")
                .add("organisationName", "Innovazione Aperta " + suffix + " S.r.l.")
                .add("country", "IT")
                .add("taxCode", italianVatNumber())
                .add("operatorType", "STARTUP")
                .add("contactEmail", "info." + suffix + "@example.org")
                .add("fullName", "Fondatrice " + suffix)
                .add("username", "founder" + suffix)
                .add("email", email)
                .add("password", PASSWORD)
                .add("locale", "it")
                .build();
    }

    /** The password of the founders {@link #operatorRegistration} registers. */
    public static final String PASSWORD = "Quercia-verde-2026!";
}
