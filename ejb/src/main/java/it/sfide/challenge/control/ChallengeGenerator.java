package it.sfide.challenge.control;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeContent;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.Phase;
import it.sfide.challenge.Themes;
import it.sfide.challenge.TieBreak;
import it.sfide.identity.ItalianRegion;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic challenges in bulk for load tests: titles, summaries and needs in both languages built from
 * a vocabulary of procurement themes, every type, region and theme, budgets from 20,000 to 5,000,000 euro, and a
 * mix of states (open, closed, cancelled, drafts). Generated challenges are indexed like any other; they get no
 * signed notice. Only available when {@code SFIDE_GENERATOR=true}.
 */
@Stateless
public class ChallengeGenerator {

    private static final String[][] SUBJECTS = {
        {"trasporto a chiamata", "on-demand transport"}, {"illuminazione pubblica", "public lighting"},
        {"raccolta dei rifiuti", "waste collection"}, {"qualità dell'aria", "air quality"},
        {"servizi sanitari territoriali", "community health services"}, {"prenotazioni online", "online booking"},
        {"manutenzione delle strade", "road maintenance"}, {"efficienza energetica", "energy efficiency"},
        {"accoglienza turistica", "tourist reception"}, {"didattica digitale", "digital teaching"},
        {"monitoraggio dei ponti", "bridge monitoring"}, {"reti idriche", "water networks"},
        {"assistenza agli anziani", "elderly care"}, {"parcheggi intelligenti", "smart parking"},
        {"archivi digitali", "digital archives"}, {"sicurezza urbana", "urban safety"},
        {"agricoltura di precisione", "precision farming"}, {"musei accessibili", "accessible museums"},
        {"logistica urbana", "urban logistics"}, {"comunità energetiche", "energy communities"}};
    private static final String[][] QUALIFIERS = {
        {"sostenibile", "sustainable"}, {"accessibile", "accessible"}, {"a basso consumo", "low-power"},
        {"basato sui dati", "data-driven"}, {"per i piccoli comuni", "for small municipalities"},
        {"in tempo reale", "real-time"}, {"resiliente", "resilient"}, {"condiviso tra enti", "shared among bodies"}};
    private static final String[] PLACES = {"Bergamo", "Brescia", "Como", "Cremona", "Lecco", "Lodi", "Mantova",
        "Milano", "Monza", "Pavia", "Sondrio", "Varese", "Torino", "Genova", "Bologna", "Firenze", "Roma", "Napoli",
        "Bari", "Palermo", "Cagliari", "Trento", "Venezia", "Trieste", "Ancona", "Perugia"};

    @Inject
    Challenges challenges;

    /** One batch in its own transaction; {@code seed} makes the data reproducible. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int batch(List<Long> bodies, int count, long seed, Instant now) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            long body = bodies.get(random.nextInt(bodies.size()));
            Challenge c = new Challenge(challenges.newOcid(), body, content(random, now), "generator", now);
            challenges.persist(c);
            int state = random.nextInt(100);
            if (state < 90) {
                Instant published = now.minus(Duration.ofDays(1 + random.nextInt(60)));
                c.requestPublication("generator", published.minusSeconds(3600));
                c.approveAndPublish("generator-approver", published);
                if (state >= 70 && state < 85) {
                    c.closePhase(1, c.getPhases().get(0).getClosesAt());
                } else if (state >= 85) {
                    c.cancel("Generated cancellation", published.plus(Duration.ofDays(1)));
                }
            }
        }
        return count;
    }

    private static ChallengeContent content(Random r, Instant now) {
        String[] subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
        String[] qualifier = QUALIFIERS[r.nextInt(QUALIFIERS.length)];
        String place = PLACES[r.nextInt(PLACES.length)];
        ChallengeType type = ChallengeType.values()[r.nextInt(ChallengeType.values().length)];
        int trlMin = 1 + r.nextInt(7);
        long budget = 20_000L + r.nextInt(4_980) * 1_000L;
        // deadlines: spread over 200 days around today, so open, closed and future ones all exist
        Instant opens = now.minus(Duration.ofDays(60 + r.nextInt(30)));
        Instant closes = now.plus(Duration.ofDays(5 + r.nextInt(120))).plus(Duration.ofHours(r.nextInt(24)));
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase(1, opens, closes, BigDecimal.valueOf(budget / type.phases())));
        for (int p = 2; p <= type.phases(); p++) {
            Instant from = phases.get(p - 2).getClosesAt().plus(Duration.ofDays(10));
            phases.add(new Phase(p, from, from.plus(Duration.ofDays(90)), BigDecimal.valueOf(budget / type.phases())));
        }
        List<String> themes = new ArrayList<>();
        themes.add(Themes.CODES.get(r.nextInt(Themes.CODES.size())));
        String second = Themes.CODES.get(r.nextInt(Themes.CODES.size()));
        if (!themes.contains(second)) {
            themes.add(second);
        }
        return new ChallengeContent(type,
                capital(subject[0]) + " " + qualifier[0] + " a " + place,
                capital(qualifier[1]) + " " + subject[1] + " in " + place,
                "Cerchiamo soluzioni innovative per " + subject[0] + " " + qualifier[0] + " nel territorio di "
                        + place + ", da sperimentare con i cittadini.",
                "We look for innovative solutions for " + qualifier[1] + " " + subject[1] + " in the area of " + place
                        + ", to be tested with citizens.",
                "Il servizio di " + subject[0] + " a " + place + " oggi non risponde ai bisogni dei cittadini: costi "
                        + "alti, dati frammentati, poca integrazione con gli altri servizi. La sfida chiede soluzioni "
                        + qualifier[0] + ", misurabili e riusabili da altri enti.",
                "The " + subject[1] + " service in " + place + " does not meet citizens' needs today: high costs, "
                        + "fragmented data, little integration with other services. The challenge asks for "
                        + qualifier[1] + " solutions that can be measured and reused by other bodies.",
                "Un prototipo sperimentato e un piano per l'adozione.", "A tested prototype and a plan for adoption.",
                BigDecimal.valueOf(budget),
                BigDecimal.valueOf(budget * 8 / 10), trlMin, Math.min(9, trlMin + 1 + r.nextInt(3)), themes,
                ItalianRegion.values()[r.nextInt(ItalianRegion.values().length)], List.of("Proposta tecnica"), phases,
                type.evaluated() ? List.of(new Criterion("Qualità", "Quality", 60, null),
                        new Criterion("Impatto", "Impact", 40, null)) : List.of(),
                60, type.evaluated() ? TieBreak.FIRST_CRITERION : null, r.nextBoolean(), null, null);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
