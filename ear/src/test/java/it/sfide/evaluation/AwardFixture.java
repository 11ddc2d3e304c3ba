package it.sfide.evaluation;

import static it.sfide.challenge.Challenges.expect;

import it.sfide.proposal.Drafts;
import it.sfide.testing.Api;
import it.sfide.testing.TestData;
import jakarta.json.Json;
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
        long challenge = drafts.challenge(deadline);
        String marker = "contratto" + TestData.unique();
        Map<String, Long> proposals = new LinkedHashMap<>();
        for (String operator : operators) {
            String token = drafts.token(operator);
            long id = drafts.complete(challenge, token, marker + operator);
            drafts.submit(id, token, operator + marker);
            proposals.put(operator, id);
        }
        String buyer1 = drafts.token("buyer1");
        String chair = drafts.token("buyer3");
        String evaluator = drafts.token("evaluator1");
        Experts.noAffiliations(api, evaluator);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 500));
        String phase = "/api/v1/challenges/" + challenge + "/phases/1";
        expect(200, api.post(phase + "/opening", buyer1, ""));
        expect(200, api.post(phase + "/opening/confirmation", drafts.token("buyer2"), ""));
        for (long id : proposals.values()) {
            expect(200, api.post("/api/v1/proposals/" + id + "/admissibility", buyer1, "{\"admissible\":true}"));
        }
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
        Map<Long, Long> candidateOf = new LinkedHashMap<>();
        for (JsonValue v : expect(200, api.get(c, buyer1)).json().getJsonArray("candidates")) {
            candidateOf.put(v.asJsonObject().getJsonNumber("proposalId").longValue(),
                    v.asJsonObject().getJsonNumber("id").longValue());
        }
        Map<Long, Integer> amounts = new LinkedHashMap<>();
        winners.forEach((operator, amount) -> amounts.put(candidateOf.get(proposals.get(operator)), amount));
        for (long candidate : candidateOf.values()) {
            double score = amounts.containsKey(candidate) ? 5 : 4;
            String path = c + "/proposals/" + candidate;
            expect(200, api.post(path + "/report/submission", evaluator, "{\"scores\":" + scores(score) + "}"));
            expect(200, api.put(path + "/consensus", chair, "{\"scores\":" + scores(score) + "}"));
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
        amounts.forEach((candidate, amount) -> list.add(Json.createObjectBuilder().add("candidateId", candidate)
                .add("amount", amount)));
        expect(200, api.post(c + "/award", buyer1, Json.createObjectBuilder().add("winners", list).build()
                .toString()));
        return new Awarded(challenge, committee, proposals);
    }

    private static long accountId(Api api, String token) {
        return api.get("/api/v1/me", token).json().getJsonNumber("id").longValue();
    }

    private static String scores(double score) {
        String comment = "Valutazione motivata sul criterio, con gli elementi della proposta.";
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("criterion", 1).add("score", score).add("comment", comment))
                .add(Json.createObjectBuilder().add("criterion", 2).add("score", score).add("comment", comment))
                .build().toString();
    }
}
