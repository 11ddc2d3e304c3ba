package it.sfide.challenge;

import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The server is down when a deadline passes: the portal is undeployed before the deadline and deployed again after
 * it; at startup the phase is closed, once, with the deadline respected, and the timer does not close it again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadlineCatchUpIT {

    private static final String PORTAL = "portal";

    @Deployment(name = PORTAL, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    Deployer deployer;

    private final Api api = new Api();

    @Test
    void aDeadlinePassedWhileTheServerWasDownIsClosedOnceAtStartup() throws Exception {
        deployer.deploy(PORTAL);
        Instant deadline = Instant.now().plusSeconds(15);
        JsonObject published = new Challenges(api).published(Challenges.word(), deadline);
        long id = published.getJsonNumber("id").longValue();
        assertEquals("PUBLISHED", published.getString("status"));

        deployer.undeploy(PORTAL);
        long wait = deadline.toEpochMilli() - System.currentTimeMillis() + 2_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        deployer.deploy(PORTAL);

        JsonObject after = api.get("/api/v1/challenges/" + id, null).json();
        assertEquals("CLOSED", after.getString("status"), "closed by the catch-up at startup");
        Instant closedAt = Instant.parse(after.getJsonArray("phases").getJsonObject(0).getString("closedAt"));
        assertFalse(closedAt.isBefore(Instant.parse(published.getJsonArray("phases").getJsonObject(0)
                .getString("closesAt"))), "not before its deadline");
        Thread.sleep(3_000);
        String admin = api.token("admin", Api.DEMO_PASSWORD);
        long records = api.get("/api/v1/audit?action=challenge.phase.close&max=1000", admin).array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("targetId").equals(id + "#1")).count();
        assertEquals(1, records, "closed exactly once");
        assertEquals(closedAt.toString(), api.get("/api/v1/challenges/" + id, null).json().getJsonArray("phases")
                .getJsonObject(0).getString("closedAt"), "the closing instant never changes");
        deployer.undeploy(PORTAL);
    }
}
