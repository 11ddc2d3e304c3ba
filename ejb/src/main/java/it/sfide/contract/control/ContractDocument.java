package it.sfide.contract.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The contract between the buying body and the operator: parties, object, value, period, the milestones with their
 * due dates and amounts (the payment schedule), and the clauses on deliverables, acceptance and payment. Sealed by
 * the body when issued, then signed by the body's officer and the operator's legal representative.
 *
 * @param code the contract's code
 * @param challengeTitle the challenge's title
 * @param ocid the challenge's Open Contracting identifier
 * @param phase the phase of the challenge the contract is for
 * @param bodyName the buying body
 * @param bodyTaxCode the body's tax code, or null
 * @param operatorName the operator
 * @param operatorTaxCode the operator's tax code or VAT number, or null
 * @param representatives the operator's legal representatives (names), who may sign
 * @param awardProtocol the award decision's protocol
 * @param object what the contract is for
 * @param value the contract's value, in euro
 * @param startsOn the first day
 * @param endsOn the last day
 * @param milestones the payment schedule
 */
public record ContractDocument(String code, String challengeTitle, String ocid, int phase, String bodyName,
        String bodyTaxCode, String operatorName, String operatorTaxCode, List<String> representatives,
        String awardProtocol, String object, BigDecimal value, LocalDate startsOn, LocalDate endsOn,
        List<Line> milestones) {

    public record Line(int number, String title, String description, LocalDate dueOn, BigDecimal amount) {
    }

    /** An amount in euro in the document's language. */
    static String money(BigDecimal amount, DocumentLayout layout) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(layout.text(
                "document.numberLocale")));
        format.setCurrency(Currency.getInstance("EUR"));
        return amount == null ? "—" : format.format(amount);
    }

    /** A day in the document's language (e.g. "31 agosto 2027"). */
    static String day(LocalDate date, DocumentLayout layout) {
        return date == null ? "—" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(layout.text("document.numberLocale"))));
    }

    /** Renders the contract; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<ContractDocument> {

        @Override
        public String type() {
            return "contract";
        }

        @Override
        public void write(ContractDocument d, DocumentLayout layout) {
            layout.paragraph(layout.text("document.contract.intro", d.code(), d.challengeTitle(), d.ocid(), d.phase(),
                    d.awardProtocol()));
            layout.heading(layout.text("document.contract.parties"));
            layout.field(layout.text("document.contract.body"), d.bodyName()
                    + (d.bodyTaxCode() == null ? "" : " — " + layout.text("document.contract.taxCode", d.bodyTaxCode())));
            layout.field(layout.text("document.contract.operator"), d.operatorName()
                    + (d.operatorTaxCode() == null ? "" : " — " + layout.text("document.contract.taxCode",
                            d.operatorTaxCode())));
            layout.field(layout.text("document.contract.representatives"), d.representatives().isEmpty() ? null
                    : String.join(", ", d.representatives()));
            layout.heading(layout.text("document.contract.terms"));
            layout.field(layout.text("document.contract.object"), d.object());
            layout.field(layout.text("document.contract.value"), money(d.value(), layout));
            layout.field(layout.text("document.contract.period"), layout.text("document.contract.periodValue",
                    day(d.startsOn(), layout), day(d.endsOn(), layout)));
            layout.heading(layout.text("document.contract.schedule"));
            for (Line m : d.milestones()) {
                layout.field(layout.text("document.contract.milestone", m.number(), m.title()), layout.text(
                        "document.contract.milestoneValue", day(m.dueOn(), layout), money(m.amount(), layout))
                        + (m.description() == null ? "" : "\n" + m.description()));
            }
            layout.heading(layout.text("document.contract.clauses"));
            layout.paragraph(layout.text("document.contract.clauseDeliverables"));
            layout.paragraph(layout.text("document.contract.clausePayments"));
            layout.paragraph(layout.text("document.contract.clauseSignatures"));
        }
    }
}
