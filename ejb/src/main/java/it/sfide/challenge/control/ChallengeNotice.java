package it.sfide.challenge.control;

import it.sfide.challenge.Amendment;
import it.sfide.challenge.Challenge;
import it.sfide.challenge.Criterion;
import it.sfide.challenge.Phase;
import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signed challenge notice: what the body publishes, in both languages where it wrote both, with its phases,
 * criteria (a PCP's phases with criteria of their own each under its heading) and, once amended, every amendment
 * with its reason. Issued at publication and again at each amendment.
 */
public record ChallengeNotice(Challenge challenge, String buyerName, List<String> coSponsors,
        List<Amendment> amendments) {

    /** Renders the notice; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<ChallengeNotice> {

        @Override
        public String type() {
            return "challenge-notice";
        }

        @Override
        public void write(ChallengeNotice n, DocumentLayout layout) {
            Challenge c = n.challenge();
            layout.paragraph(layout.text("document.challenge-notice.intro", n.buyerName(),
                    layout.text("challengeType." + c.getType()), c.getOcid()));
            Map<String, String> head = new LinkedHashMap<>();
            head.put(layout.text("challenge.field.titleIt"), c.getTitleIt());
            head.put(layout.text("challenge.field.titleEn"), c.getTitleEn());
            head.put(layout.text("challenge.field.buyer"), n.buyerName());
            if (!n.coSponsors().isEmpty()) {
                head.put(layout.text("challenge.field.coSponsors"), String.join(", ", n.coSponsors()));
            }
            head.put(layout.text("challenge.field.type"), layout.text("challengeType." + c.getType()));
            head.put(layout.text("challenge.field.ocid"), c.getOcid());
            head.put(layout.text("challenge.field.budget"), money(c.getBudget(), layout));
            head.put(layout.text("challenge.field.awardValue"), money(c.getAwardValue(), layout));
            head.put(layout.text("challenge.field.trl"), c.getTrlMin() == null ? null
                    : c.getTrlMin() + "–" + (c.getTrlMax() == null ? 9 : c.getTrlMax()));
            head.put(layout.text("challenge.field.region"),
                    c.getRegion() == null ? null : layout.text("region." + c.getRegion()));
            head.put(layout.text("challenge.field.themes"), String.join(", ",
                    c.getThemes().stream().map(t -> layout.text("theme." + t)).toList()));
            head.put(layout.text("challenge.field.cig"), c.getCig());
            head.put(layout.text("challenge.field.cup"), c.getCup());
            layout.heading(layout.text("document.challenge-notice.identification")).fields(head);

            layout.heading(layout.text("challenge.field.summaryIt")).paragraph(orDash(c.getSummaryIt()));
            layout.heading(layout.text("challenge.field.summaryEn")).paragraph(orDash(c.getSummaryEn()));
            layout.heading(layout.text("challenge.field.needIt")).paragraph(orDash(c.getNeed()));
            if (c.getNeedEn() != null) {
                layout.heading(layout.text("challenge.field.needEn")).paragraph(c.getNeedEn());
            }
            if (c.getExpectedOutcomes() != null) {
                layout.heading(layout.text("challenge.field.expectedOutcomesIt")).paragraph(c.getExpectedOutcomes());
            }
            if (c.getExpectedOutcomesEn() != null) {
                layout.heading(layout.text("challenge.field.expectedOutcomesEn")).paragraph(c.getExpectedOutcomesEn());
            }
            if (!c.getRequiredDocuments().isEmpty()) {
                layout.heading(layout.text("challenge.field.requiredDocuments"))
                        .paragraph("• " + String.join("\n• ", c.getRequiredDocuments()));
            }

            layout.heading(layout.text("challenge.field.phases"));
            for (Phase p : c.getPhases()) {
                layout.field(layout.text("challenge.phase.label", p.getNumber()),
                        layout.text("document.challenge-notice.phase", layout.dateTime(p.getOpensAt()),
                                layout.dateTime(p.getClosesAt()), money(p.getBudget(), layout)));
            }
            if (c.getType().evaluated()) {
                layout.heading(layout.text("challenge.field.criteria"));
                List<Integer> ownPhases = c.phasesWithOwnCriteria();
                if (!ownPhases.isEmpty()) {
                    layout.paragraph(layout.text("challenge.criteria.general"));
                }
                criteria(c.getCriteria().stream().filter(Criterion::isGeneral).toList(), layout);
                Map<String, String> rules = new LinkedHashMap<>();
                rules.put(layout.text("challenge.field.overallThreshold"),
                        c.getOverallThreshold() == null ? null : String.valueOf(c.getOverallThreshold()));
                rules.put(layout.text("challenge.field.tieBreak"),
                        c.getTieBreak() == null ? null : layout.text("tieBreak." + c.getTieBreak()));
                rules.put(layout.text("challenge.field.blindReview"),
                        layout.text(c.isBlindReview() ? "common.yes" : "common.no"));
                layout.fields(rules);
                for (int phase : ownPhases) {
                    layout.heading(layout.text("challenge.criteria.ofPhase", phase));
                    criteria(c.criteriaOf(phase), layout);
                }
            }
            if (!n.amendments().isEmpty()) {
                layout.heading(layout.text("document.challenge-notice.amendments"));
                for (Amendment a : n.amendments()) {
                    String what = a.getPhaseNumber() == null ? a.getReason()
                            : layout.text("document.challenge-notice.deadlineMoved", a.getPhaseNumber(),
                                    layout.dateTime(a.getOldClose()), layout.dateTime(a.getNewClose()))
                                    + "\n" + a.getReason();
                    layout.field(layout.dateTime(a.getMadeAt()) + " — " + layout.text("amendment." + a.getKind()),
                            what);
                }
            }
            layout.paragraph(layout.text("document.challenge-notice.meaning"));
        }

        private static void criteria(List<Criterion> criteria, DocumentLayout layout) {
            for (Criterion k : criteria) {
                layout.field(k.getNameIt() + " / " + k.getNameEn(), layout.text("document.challenge-notice.weight",
                        k.getWeight(), k.getThreshold() == null ? "—" : k.getThreshold()));
            }
        }

        private static String money(BigDecimal amount, DocumentLayout layout) {
            if (amount == null) {
                return null;
            }
            NumberFormat format = NumberFormat.getCurrencyInstance(
                    Locale.forLanguageTag(layout.text("document.numberLocale")));
            format.setCurrency(java.util.Currency.getInstance("EUR"));
            return format.format(amount);
        }

        private static String orDash(String text) {
            return text == null ? "—" : text;
        }
    }
}
