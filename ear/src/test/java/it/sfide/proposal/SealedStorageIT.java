package it.sfide.proposal;

import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.TestData;
import it.sfide.testing.probe.DatabaseScan;
import it.sfide.testing.probe.TestClock;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static it.sfide.challenge.Challenges.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running Payara: the server's injectable clock decides the deadline to the millisecond, and a copy of
 * the database (every value of every table) holds nothing of a draft or a submitted proposal in clear.
 */
@ExtendWith(ArquillianExtension.class)
class SealedStorageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(SealedStorageIT.class, Drafts.class,
                it.sfide.challenge.Challenges.class);
    }

    @Inject
    DatabaseScan database;

    private final Api api = new Api();
    private final Drafts drafts = new Drafts(api);

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aSubmissionOneMillisecondBeforeTheDeadlineIsAcceptedAndOneAtTheDeadlineRefused() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS);
        long challenge = drafts.challenge(deadline);
        String operator1 = drafts.token("operator1");
        String operator2 = drafts.token("operator2");
        long early = drafts.complete(challenge, operator1, "orario" + TestData.unique());
        long late = drafts.complete(challenge, operator2, "orario" + TestData.unique());

        TestClock.set(deadline.minusMillis(1));
        JsonObject accepted = drafts.submit(early, operator1, "t-1");
        assertEquals(deadline.minusMillis(1), Instant.parse(accepted.getString("at")), "recorded to the millisecond");

        TestClock.set(deadline);
        Api.Reply refused = expect(409, api.post("/api/v1/proposals/" + late + "/submit", operator2, ""));
        assertEquals("proposal.error.deadlinePassed", refused.json().getString("code"));
        assertTrue(refused.json().getString("message").contains("scadenza"), "said in Italian: " + refused.body());
        expect(409, api.post("/api/v1/proposals/" + early + "/withdraw", operator1, ""));
        expect(409, api.put("/api/v1/proposals/" + late + "/sections", operator2, Drafts.sections("tardi")));
        assertEquals(0, api.get("/api/v1/proposals/" + late + "/submissions", operator2).array().size());
    }

    @Test
    void aCopyOfTheDatabaseHoldsNoTextOrFileOfADraftOrASubmissionInClear() {
        long challenge = drafts.challenge(Instant.now().plus(Duration.ofDays(30)));
        String draftMarker = "bozzachiara" + TestData.unique();
        String sentMarker = "inviatachiaro" + TestData.unique();
        drafts.complete(challenge, drafts.token("operator1"), draftMarker);
        long sent = drafts.complete(challenge, drafts.token("operator2"), sentMarker);
        drafts.submit(sent, drafts.token("operator2"), "db" + TestData.unique());

        assertEquals(List.of(), database.whereIs(draftMarker), "draft: sections, file name and PDF text");
        assertEquals(List.of(), database.whereIs(sentMarker), "submission: sections, file name and PDF text");
        // the scan does see what is stored in clear: the challenge's own title
        String word = api.get("/api/v1/challenges/" + challenge, null).json().getString("titleIt").split(" ")[1];
        assertTrue(database.whereIs(word).contains("CHALLENGE.TITLE_IT")
                || database.whereIs(word).contains("challenge.title_it"), database.whereIs(word).toString());
    }
}
