package it.sfide.challenge;

import it.sfide.testing.Api;
import it.sfide.testing.TestData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;

/** Builds challenges through the API as a buyer's program would, for the challenge tests. */
public final class Challenges {

    private final Api api;

    public Challenges(Api api) {
        this.api = api;
    }

    /** A complete challenge prize whose one phase closes at {@code closesAt}, with a unique word in its title. */
    public static JsonObjectBuilder complete(String word, Instant closesAt) {
        Instant opens = Instant.now().minus(Duration.ofDays(1));
        return Json.createObjectBuilder().add("type", "CHALLENGE_PRIZE")
                .add("titleIt", "Sfida " + word + " per la mobilità sostenibile")
                .add("titleEn", "Challenge " + word + " for sustainable mobility")
                .add("summaryIt", "Soluzioni per ridurre il traffico nelle città lombarde.")
                .add("summaryEn", "Solutions to reduce traffic in Lombard cities.")
                .add("need", "Il traffico urbano cresce; cerchiamo sensori e servizi per gestirlo.")
                .add("needEn", "Urban traffic is growing; we are looking for sensors and services to manage it.")
                .add("expectedOutcomes", "Un prototipo sperimentato in tre comuni.")
                .add("expectedOutcomesEn", "A prototype tested in three municipalities.")
                .add("budget", 250000).add("awardValue", 100000).add("trlMin", 4).add("trlMax", 7)
                .add("themes", Json.createArrayBuilder().add("mobility").add("smart-city"))
                .add("region", "LOMBARDIA")
                .add("requiredDocuments", Json.createArrayBuilder().add("Proposta tecnica").add("Piano economico"))
                .add("phases", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("opensAt", opens.toString()).add("closesAt", closesAt.toString()).add("budget", 250000)))
                .add("criteria", criteria(60, 40))
                .add("overallThreshold", 60).add("tieBreak", "FIRST_CRITERION").add("blindReview", true);
    }

    /**
     * A complete pre-commercial procurement of Regione Lombardia: phase 1 (solution design) closes at
     * {@code closesAt}, phase 2 (prototype) and phase 3 (field test) follow, each with its budget.
     */
    public static JsonObjectBuilder pcp(String word, Instant closesAt) {
        Instant second = closesAt.plus(Duration.ofDays(1));
        Instant third = closesAt.plus(Duration.ofDays(91));
        return complete(word, closesAt).add("type", "PCP")
                .add("titleIt", "Appalto pre-commerciale " + word + " per il monitoraggio delle frane")
                .add("titleEn", "Pre-commercial procurement " + word + " for landslide monitoring")
                .add("budget", 650000).add("awardValue", 300000)
                .add("phases", Json.createArrayBuilder()
                        .add(phase(Instant.now().minus(Duration.ofDays(1)), closesAt, 150000))
                        .add(phase(second, second.plus(Duration.ofDays(60)), 200000))
                        .add(phase(third, third.plus(Duration.ofDays(120)), 300000)))
                .add("criteria", criteria(60, 40)
                        .add(criterion("Risultati del prototipo", "Prototype results", 70, 2))
                        .add(criterion("Costo del ciclo di vita", "Life-cycle cost", 30, 2))
                        .add(criterion("Esito della sperimentazione", "Field-test results", 100, 3)));
    }

    private static JsonObjectBuilder criterion(String it, String en, int weight, int phase) {
        return Json.createObjectBuilder().add("nameIt", it).add("nameEn", en).add("weight", weight)
                .add("phase", phase);
    }

    private static JsonObjectBuilder phase(Instant opens, Instant closes, int budget) {
        return Json.createObjectBuilder().add("opensAt", opens.toString()).add("closesAt", closes.toString())
                .add("budget", budget);
    }

    static JsonArrayBuilder criteria(int first, int second) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("nameIt", "Qualità tecnica").add("nameEn", "Technical quality")
                        .add("weight", first).add("threshold", 30))
                .add(Json.createObjectBuilder().add("nameIt", "Impatto").add("nameEn", "Impact")
                        .add("weight", second));
    }

    /** A published challenge of Regione Lombardia: buyer1 writes and asks, buyer2 approves. */
    public JsonObject published(String word, Instant closesAt) {
        return published(complete(word, closesAt));
    }

    /** This challenge of Regione Lombardia, published: buyer1 writes and asks, buyer2 approves. */
    public JsonObject published(JsonObjectBuilder content) {
        long id = draft(content);
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        String buyer2 = api.token("buyer2", Api.DEMO_PASSWORD);
        expect(200, api.post("/api/v1/challenges/" + id + "/publication-request", buyer1, ""));
        return expect(200, api.post("/api/v1/challenges/" + id + "/approval", buyer2, "")).json();
    }

    /** A draft written by buyer1 of Regione Lombardia; its id. */
    public long draft(JsonObjectBuilder content) {
        String buyer1 = api.token("buyer1", Api.DEMO_PASSWORD);
        return expect(201, api.post("/api/v1/challenges", buyer1, content.build().toString())).json()
                .getJsonNumber("id").longValue();
    }

    public static Api.Reply expect(int status, Api.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply);
        }
        return reply;
    }

    public static String word() {
        return "parola" + TestData.unique();
    }
}
