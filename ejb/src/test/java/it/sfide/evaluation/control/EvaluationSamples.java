package it.sfide.evaluation.control;

import it.sfide.evaluation.control.CommitteeAppointment.CriterionLine;
import it.sfide.evaluation.control.CommitteeAppointment.Member;
import it.sfide.evaluation.control.CommitteeReport.ConsensusScore;
import it.sfide.evaluation.control.CommitteeReport.Dissent;
import it.sfide.evaluation.control.CommitteeReport.IndividualReport;
import it.sfide.evaluation.control.CommitteeReport.ProposalResult;
import it.sfide.evaluation.control.CommitteeReport.Score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic records of the evaluation documents, in Italian or English: a call for a smart-city challenge with
 * four criteria, a committee of seven, and committee reports of any size (three individual evaluations per
 * proposal, comments of about 300 characters), drawn from a fixed seed so that every run renders the same text.
 */
public final class EvaluationSamples {

    public static final String TITLE_IT = "Monitoraggio intelligente dei ponti comunali";
    public static final String TITLE_EN = "Smart monitoring of municipal bridges";
    public static final String OCID = "ocds-sfide1-2026-000017";
    public static final String BODY = "Comune di Milano";

    private EvaluationSamples() {
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public static String title(Locale locale) {
        return english(locale) ? TITLE_EN : TITLE_IT;
    }

    public static List<CriterionLine> criteria(Locale locale) {
        return english(locale)
                ? List.of(new CriterionLine("Technical quality and innovation", 40, 24),
                        new CriterionLine("Feasibility and work plan", 25, null),
                        new CriterionLine("Impact on the city's services", 20, 10),
                        new CriterionLine("Value for money", 15, null))
                : List.of(new CriterionLine("Qualità tecnica e innovazione", 40, 24),
                        new CriterionLine("Fattibilità e piano di lavoro", 25, null),
                        new CriterionLine("Impatto sui servizi della città", 20, 10),
                        new CriterionLine("Congruità economica", 15, null));
    }

    /** Seven members: the chair, officers of the body and external experts. */
    public static List<Member> committee(int size) {
        List<Member> all = List.of(new Member("Laura Ferretti", BODY, true),
                new Member("Marco Esposito", BODY, false),
                new Member("Chiara Colombo", null, false),
                new Member("Davide Rinaldi", "Politecnico di Torino", false),
                new Member("Sara Galli", null, false),
                new Member("Paolo De Luca", BODY, false),
                new Member("Elena Marchetti", "Università di Bologna", false));
        return all.subList(0, size);
    }

    private static final String[] COMMENT_IT = {
        "La soluzione propone una rete di sensori di vibrazione e deformazione alimentati a energia solare, con "
                + "trasmissione LoRaWAN e un modello di degrado calibrato su dati reali. L'approccio è convincente e "
                + "ben documentato; restano dubbi sulla durata delle batterie in inverno e sulla taratura iniziale.",
        "Il piano di lavoro è articolato in quattro fasi con milestone verificabili e un gruppo con esperienza "
                + "su infrastrutture analoghe. I tempi di installazione su ponti con traffico attivo appaiono però "
                + "ottimistici e il piano di gestione dei rischi non tratta le autorizzazioni della Soprintendenza.",
        "L'impatto atteso sui servizi è chiaro: ispezioni mirate invece che a calendario, riduzione delle "
                + "chiusure non programmate e dati aperti per i cittadini. Manca una stima quantitativa dei benefici "
                + "e il collegamento con il sistema di gestione delle manutenzioni del Comune non è descritto.",
        "I costi sono dettagliati per voce e coerenti con il mercato; il costo per ponte monitorato è inferiore "
                + "alla media delle soluzioni confrontabili. La manutenzione dopo il secondo anno è a carico "
                + "dell'ente senza un impegno di prezzo, il che riduce la congruità complessiva dell'offerta.",
    };

    private static final String[] COMMENT_EN = {
        "The solution proposes a network of solar-powered vibration and strain sensors, with LoRaWAN transmission "
                + "and a degradation model calibrated on real data. The approach is convincing and well documented; "
                + "doubts remain about battery life in winter and about the initial calibration of the sensors.",
        "The work plan is organised in four phases with verifiable milestones and a team with experience of "
                + "similar infrastructure. Installation times on bridges open to traffic look optimistic, though, and "
                + "the risk plan does not deal with the permits needed from the heritage authority.",
        "The expected impact on services is clear: targeted inspections instead of scheduled ones, fewer "
                + "unplanned closures and open data for citizens. A quantitative estimate of the benefits is missing "
                + "and the link with the city's maintenance management system is not described.",
        "Costs are itemised and in line with the market; the cost per monitored bridge is below the average of "
                + "comparable solutions. Maintenance after the second year falls on the body without a price "
                + "commitment, which lowers the overall value for money of the offer.",
    };

    /** A comment of about 300 characters on a criterion. */
    public static String comment(Locale locale, int criterion) {
        return (english(locale) ? COMMENT_EN : COMMENT_IT)[criterion];
    }

    /**
     * A committee report of {@code proposals} proposals, three individual evaluations each, ranked by total; those
     * under a threshold are not fundable and not ranked. Blind: proposals are "P-0001"...
     */
    public static CommitteeReport report(int proposals, int members, Locale locale) {
        Random random = new Random(17L * proposals + members);
        List<CriterionLine> criteria = criteria(locale);
        List<Member> committee = committee(members);
        record Draft(String label, BigDecimal total, boolean fundable, List<IndividualReport> individual,
                List<ConsensusScore> consensus, List<Dissent> dissents) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (int p = 1; p <= proposals; p++) {
            List<IndividualReport> individual = new ArrayList<>();
            double[] sums = new double[criteria.size()];
            for (int e = 0; e < 3; e++) {
                List<Score> scores = new ArrayList<>();
                for (int c = 0; c < criteria.size(); c++) {
                    double s = Math.round((1.5 + random.nextDouble() * 3.5) * 2) / 2.0;
                    sums[c] += s;
                    scores.add(new Score(BigDecimal.valueOf(s).setScale(1), comment(locale, c)));
                }
                individual.add(new IndividualReport(committee.get((p + e) % members).name(), scores,
                        random.nextInt(10) == 0));
            }
            List<ConsensusScore> consensus = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            boolean fundable = true;
            for (int c = 0; c < criteria.size(); c++) {
                double s = Math.round(sums[c] / 3 * 2) / 2.0;
                String reason = null;
                if (random.nextInt(8) == 0) {
                    s = Math.min(5, s + 0.5);
                    reason = english(locale) ? "The committee weighed the pilot results attached to the proposal."
                            : "La commissione ha tenuto conto dei risultati del progetto pilota allegati.";
                }
                consensus.add(new ConsensusScore(BigDecimal.valueOf(s).setScale(1), comment(locale, c), reason));
                BigDecimal points = BigDecimal.valueOf(s * criteria.get(c).weight() / 5.0);
                total = total.add(points);
                Integer threshold = criteria.get(c).threshold();
                if (threshold != null && points.compareTo(BigDecimal.valueOf(threshold)) < 0) {
                    fundable = false;
                }
            }
            total = total.setScale(1, RoundingMode.HALF_UP);
            if (total.compareTo(BigDecimal.valueOf(60)) < 0) {
                fundable = false;
            }
            List<Dissent> dissents = random.nextInt(20) == 0
                    ? List.of(new Dissent(committee.get(p % members).name(), english(locale)
                            ? "I do not share the consensus on feasibility: the installation plan ignores winter works."
                            : "Non condivido il consenso sulla fattibilità: il piano di installazione ignora i lavori "
                                    + "invernali."))
                    : List.of();
            drafts.add(new Draft(String.format("P-%04d", p), total, fundable, individual, consensus, dissents));
        }
        drafts.sort((a, b) -> a.fundable() != b.fundable() ? (a.fundable() ? -1 : 1) : b.total().compareTo(a.total()));
        List<ProposalResult> results = new ArrayList<>();
        int rank = 0;
        for (Draft d : drafts) {
            Integer place = d.fundable() ? ++rank : null;
            results.add(new ProposalResult(d.label(), String.format("SFIDE-2026-%06d", 100000 + results.size()),
                    place, d.total(), d.fundable(), d.fundable() ? null : english(locale)
                            ? "Below a minimum threshold of the notice" : "Sotto una soglia minima dell'avviso",
                    d.individual(), d.consensus(), d.dissents()));
        }
        return new CommitteeReport(title(locale), OCID, 1, BODY, true, criteria, committee,
                english(locale) ? "Equal totals are ranked by the higher score on technical quality, then by the "
                        + "earlier submission." : "A parità di punteggio prevale il punteggio più alto sulla qualità "
                        + "tecnica, poi l'invio anteriore.", results);
    }
}
