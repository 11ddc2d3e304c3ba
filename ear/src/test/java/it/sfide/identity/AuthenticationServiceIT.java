package it.sfide.identity;

import it.sfide.identity.boundary.RegistrationRequest;
import it.sfide.identity.boundary.RegistrationService;
import it.sfide.platform.Settings;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import it.sfide.shared.TooManyAttempts;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.probe.TestClock;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running Payara, where the test clock moves (only into the past and back): API tokens stop at the end
 * of their lifetime, and registrations are throttled per client address, counted in the database.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(AuthenticationServiceIT.class);
    }

    @Inject
    RegistrationService registrations;

    @Inject
    Settings settings;

    private final Api api = new Api();

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aTokenIsRefusedFromTheEndOfItsLifetimeAndListedAsNoLongerActive() {
        // made a lifetime ago, less two seconds: the clock only goes back, never ahead of the deadlines' timer
        Instant expires = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        Instant created = expires.minus(Duration.ofDays(settings.tokenDays()));
        TestClock.set(created);
        JsonObject made = api.post("/api/v1/tokens", null, Json.createObjectBuilder().add("username", "evaluator3")
                .add("password", Api.DEMO_PASSWORD).add("name", "short-lived").build().toString()).json();
        String token = made.getString("token");
        assertEquals(expires, Instant.parse(made.getString("expiresAt")));

        TestClock.set(expires.minusMillis(1));
        assertEquals(200, api.get("/api/v1/me", token).status(), "still valid a millisecond before its expiry");
        TestClock.set(expires);
        Api.Reply expired = api.get("/api/v1/me", token);
        assertEquals(401, expired.status(), expired.body());
        assertEquals("error.token.invalid", expired.json().getString("code"));
        JsonObject listed = api.get("/api/v1/tokens", api.token("evaluator3", Api.DEMO_PASSWORD)).array().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getJsonNumber("id").longValue()
                        == made.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertFalse(listed.getBoolean("active"));
        assertTrue(listed.isNull("revokedAt"), "expired, not revoked");
    }

    @Test
    void registrationsFromOneClientAreThrottledAndAdmittedAgainAnHourLater() {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "."
                + ThreadLocalRandom.current().nextInt(1_000_000);
        // an hour and a bit ago: the clock only goes back, never ahead of the deadlines' timer
        Instant start = Instant.now().minus(Duration.ofHours(1)).minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        TestClock.set(start);
        int limit = settings.registrationsPerClient();
        for (int i = 0; i < limit; i++) {
            SfideException invalid = assertThrows(SfideException.class, () -> registrations.register(empty(), client));
            assertEquals(ErrorKind.INVALID, invalid.kind(), "counted, then checked");
        }
        TooManyAttempts throttled = assertThrows(TooManyAttempts.class, () -> registrations.register(empty(), client));
        assertEquals(ErrorKind.TOO_MANY_REQUESTS, throttled.kind());
        assertEquals(3601, throttled.retryAfterSeconds());
        assertThrows(TooManyAttempts.class, () -> registrations.register(empty(), client), "still refused");
        SfideException other = assertThrows(SfideException.class,
                () -> registrations.register(empty(), client + "1"));
        assertEquals(ErrorKind.INVALID, other.kind(), "another client is not held back");

        TestClock.reset();
        SfideException later = assertThrows(SfideException.class, () -> registrations.register(empty(), client));
        assertEquals(ErrorKind.INVALID, later.kind(), "an hour later the client is admitted again");
    }

    private static RegistrationRequest empty() {
        return new RegistrationRequest(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
