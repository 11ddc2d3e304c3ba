package it.sfide.dashboard;

import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role's dashboard over the API against the demo (on H2 and on MariaDB): the sections of the role in their
 * order, what waits for whom, the links, and nobody else's work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    private final Api api = new Api();

    /** The dashboard's sections as the API gives them: kind → total. */
    private Map<String, Long> totals(String user) {
        JsonObject d = api.get("/api/v1/me/dashboard", api.token(user, Api.DEMO_PASSWORD)).json();
        return d.getJsonArray("sections").stream().map(JsonObject.class::cast).collect(Collectors.toMap(
                s -> s.getString("kind"), s -> s.getJsonNumber("total").longValue(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private JsonObject section(String user, String kind) {
        JsonObject d = api.get("/api/v1/me/dashboard", api.token(user, Api.DEMO_PASSWORD)).json();
        return d.getJsonArray("sections").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("kind").equals(kind)).findFirst().orElseThrow(() ->
                        new AssertionError(user + " has no section " + kind + ": " + d));
    }

    /** The subjects of a section's lines. */
    private List<String> items(String user, String kind) {
        return section(user, kind).getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(i -> i.getString("subject")).toList();
    }

    /** Where a section's lines lead. */
    private List<String> links(String user, String kind) {
        return section(user, kind).getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(i -> i.getString("link")).toList();
    }

    @Test
    void eachRoleSeesWhatWaitsForThemInTheDemo() {
        // a buyer officer: every step of the procurement that is theirs, in the order the work comes
        Map<String, Long> buyer1 = totals("buyer1");
        assertEquals(List.of("challenge.approve", "challenge.questions", "challenge.cosponsor", "proposal.openings",
                "evaluation.appoint", "evaluation.award", "contract.deliverables", "contract.sign", "document.sign"),
                List.copyOf(buyer1.keySet()).subList(0, 9));
        // the two phase-2 deliveries of the demo PCP (tests that ran before may have added others of their own)
        List<String> deliveries = items("buyer1", "contract.deliverables");
        assertTrue(deliveries.containsAll(List.of("CT-12-2-04", "CT-12-2-05")), deliveries.toString());
        // the demo's draft that buyer1 asked to publish waits for the other officer, not for buyer1
        assertTrue(totals("buyer2").get("challenge.approve") >= 1);
        // Milano: buyer3 asked for the opening of the closed challenge, so it waits for buyer4 to confirm, not for
        // buyer3; buyer3 is invited to co-sponsor Lombardia's draft
        String demoOpening = "/proposals/opening.xhtml?challenge=7&phase=1";
        assertTrue(links("buyer4", "proposal.openings").contains(demoOpening));
        assertFalse(links("buyer3", "proposal.openings").contains(demoOpening), "buyer3 asked, buyer4 confirms");
        assertTrue(totals("buyer3").get("challenge.cosponsor") >= 1);

        // an operator: its draft with what it still misses
        JsonObject drafts = section("operator3", "proposal.drafts");
        assertTrue(drafts.getJsonNumber("total").longValue() >= 1, drafts.toString());
        JsonObject draft = drafts.getJsonArray("items").getJsonObject(0);
        assertTrue(draft.getString("link").startsWith("/proposals/edit.xhtml?id="), draft.toString());
        assertTrue(draft.getString("detail").contains("manca") || draft.getString("detail").contains("pronta"),
                draft.toString());

        // the startup is invited into Dati & Territorio's consortium
        assertTrue(section("operator1", "proposal.invitations").getJsonArray("items").stream()
                .map(JsonObject.class::cast).anyMatch(i -> i.getString("detail").equals("Dati & Territorio S.p.A.")));

        // an evaluator who has not started: reports to write on the committee under evaluation
        JsonObject reports = section("evaluator4", "evaluation.reports");
        assertTrue(reports.getJsonNumber("total").longValue() >= 1, reports.toString());
        assertTrue(reports.getJsonArray("items").getJsonObject(0).getString("link")
                .startsWith("/evaluation/committee.xhtml?id="));

        // the admin: the organisation awaiting verification, the four certificates to sign, the chain's state
        Map<String, Long> admin = totals("admin");
        assertEquals(List.of("identity.verify", "document.sign", "audit.chain", "platform.mail"),
                List.copyOf(admin.keySet()));
        assertTrue(admin.get("identity.verify") >= 1, admin.toString());
        assertTrue(admin.get("document.sign") >= 4, "the demo's four certificates at least: " + admin);
        assertEquals(0, admin.get("audit.chain"), "the demo's chain is intact");
        assertTrue(section("admin", "audit.chain").getJsonArray("items").getJsonObject(0).getString("subject")
                .startsWith("Catena integra"));

        // nobody else's work: an operator sees no buyer's sections, a visitor has no dashboard
        assertFalse(totals("operator1").containsKey("contract.deliverables"));
        assertEquals(401, api.get("/api/v1/me/dashboard", null).status());
    }
}
