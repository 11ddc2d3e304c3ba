package it.sfide.evaluation;

import it.sfide.testing.Api;

import static it.sfide.challenge.Challenges.expect;

/**
 * The evaluators' declared expertise as a test needs it: the demo accounts are shared by every test, and an
 * affiliation one test declares (a conflict) would take evaluators away from another test's proposals.
 */
final class Experts {

    private Experts() {
    }

    /** The evaluator declares no affiliation (and a plain expertise), so no conflict comes from their profile. */
    static void noAffiliations(Api api, String token) {
        expect(200, api.put("/api/v1/me/expertise", token,
                "{\"themes\":[\"mobility\"],\"keywords\":\"sensori, dati\",\"affiliations\":\"\"}"));
    }
}
