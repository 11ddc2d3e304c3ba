package it.sfide.evaluation;

import static it.sfide.challenge.Challenges.expect;

import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh award through the API, for the tests of what follows it (contracts): a challenge of Regione Lombardia
 * whose phase closes in 20 s, one submitted proposal per operator, opened by buyer1 and confirmed by buyer2, all
 * admissible, a committee chaired by buyer3 with evaluator1 alone (one evaluator per proposal), every report and
 * consensus in (the winner 5/5, the others 4/4), ranked, the committee report signed by both, and buyer1's award
 * of the amount to the winner. About 30 seconds.
 */
public final class AwardFixture {

    private AwardFixture() {
    }

    /** What the fixture made: the challenge, its committee, and each operator's proposal. */
    public record Awarded(long challengeId, long committeeId, Map<String, Long> proposals) {
    }

    public static Awarded award(Api api, Drafts drafts, List<String> operators, String winner, int amount)
            throws InterruptedException {
        return award(api, drafts, operators, Map.of(winner, amount));
    }

    /** The same with several winners (the challenge is a prize: several may win), each with its amount. */
    public static Awarded award(Api api, Drafts drafts, List<String> operators, Map<String, Integer> winners)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        return award(api, drafts, drafts.challenge(deadline), deadline, operators, winners);
    }

    /**
     * The same on a published challenge whose first phase closes at {@code deadline} (a PCP's, say): each operator
     * submits, the phase is opened and every proposal found admissible, then {@link #evaluate}.
     */
    public static Awarded award(Api api, Drafts drafts, long challenge, Instant deadline, List<String> operators,
            Map<String, Integer> winners) throws InterruptedException {
        String marker = "contratto" + TestData.unique();
        Map<String, Long> proposals = new LinkedHashMap<>();
        for (String operator : operators) {
            String token = drafts.token(operator);
            long id = drafts.complete(challenge, token, marker + operator);
            drafts.submit(id, token, operator + marker);
            proposals.put(operator, id);
        }
        String buyer1 = drafts.token("buyer1");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 500));
        String phase = "/api/v1/challenges/" + challenge + "/phases/1";
        expect(200, api.post(phase + "/opening", buyer1, ""));
        expect(200, api.post(phase + "/opening/confirmation", drafts.token("buyer2"), ""));
        for (long id : proposals.values()) {
            expect(200, api.post("/api/v1/proposals/" + id + "/admissibility", buyer1, "{\"admissible\":true}"));
        }
        Map<Long, Integer> amounts = new LinkedHashMap<>();
        winners.forEach((operator, amount) -> amounts.put(proposals.get(operator), amount));
        long committee = evaluate(api, drafts, challenge, 1, amounts);
        return new Awarded(challenge, committee, proposals);
    }

    /**
     * The evaluation of a phase whose proposals are opened and admissible — or, for a PCP's later phase, its stage
     * gate over the contractors of the phase before: buyer1 appoints buyer3 as chair with evaluator1 (one
     * evaluator per proposal), both declare, every report and consensus is in (the winners 5 on every criterion of
     * the committee, the others 4), ranked, the committee report signed by both, and buyer1 awards each winner's
     * proposal its amount. The committee's id.
     */
    public static long evaluate(Api api, Drafts drafts, long challenge, int phaseNumber, Map<Long, Integer> winners) {
        String buyer1 = drafts.token("buyer1");
        String chair = drafts.token("buyer3");
        String evaluator = drafts.token("evaluator1");
        Experts.noAffiliations(api, evaluator);
        String phase = "/api/v1/challenges/" + challenge + "/phases/" + phaseNumber;
        long committee = expect(201, api.post(phase + "/committee", buyer1, Json.createObjectBuilder()
                .add("chairAccountId", accountId(api, chair))
                .add("memberAccountIds", Json.createArrayBuilder().add(accountId(api, evaluator)))
                .add("evaluatorsPerProposal", 1).build().toString())).json().getJsonNumber("id").longValue();
        String c = "/api/v1/committees/" + committee;
        for (String token : List.of(chair, evaluator)) {
            expect(200, api.post(c + "/declaration", token, "{\"conflicts\":[],\"password\":\""
                    + Api.DEMO_PASSWORD + "\"}"));
        }
        expect(200, api.post(c + "/assignments", chair, ""));
        JsonObject view = expect(200, api.get(c, buyer1)).json();
        int criteria = view.getJsonArray("criteria").size();
        Map<Long, Long> candidateOf = new LinkedHashMap<>();
        for (JsonValue v : view.getJsonArray("candidates")) {
            candidateOf.put(v.asJsonObject().getJsonNumber("proposalId").longValue(),
                    v.asJsonObject().getJsonNumber("id").longValue());
        }
        for (var e : candidateOf.entrySet()) {
            String scores = scores(winners.containsKey(e.getKey()) ? 5 : 4, criteria);
            String path = c + "/proposals/" + e.getValue();
            expect(200, api.post(path + "/report/submission", evaluator, "{\"scores\":" + scores + "}"));
            expect(200, api.put(path + "/consensus", chair, "{\"scores\":" + scores + "}"));
            expect(200, api.post(path + "/consensus/answer", evaluator, "{\"agree\":true}"));
        }
        expect(200, api.post(c + "/ranking", chair, ""));
        for (String token : List.of(chair, evaluator)) {
            for (JsonValue v : expect(200, api.get("/api/v1/signatures", token)).array()) {
                expect(200, api.post("/api/v1/signatures/" + v.asJsonObject().getJsonNumber("id").longValue(),
                        token, "{\"password\":\"" + Api.DEMO_PASSWORD + "\"}"));
            }
        }
        var list = Json.createArrayBuilder();
        winners.forEach((proposal, amount) -> list.add(Json.createObjectBuilder()
                .add("candidateId", candidateOf.get(proposal)).add("amount", amount)));
        expect(200, api.post(c + "/award", buyer1, Json.createObjectBuilder().add("winners", list).build()
                .toString()));
        return committee;
    }

    private static long accountId(Api api, String token) {
        return api.get("/api/v1/me", token).json().getJsonNumber("id").longValue();
    }

    private static String scores(double score, int criteria) {
        String comment = "Valutazione motivata sul criterio, con gli elementi della proposta.";
        var array = Json.createArrayBuilder();
        for (int k = 1; k <= criteria; k++) {
            array.add(Json.createObjectBuilder().add("criterion", k).add("score", score).add("comment", comment));
        }
        return array.build().toString();
    }
}
