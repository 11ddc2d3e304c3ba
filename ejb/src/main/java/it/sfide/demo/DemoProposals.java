package it.sfide.demo;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.control.Challenges;
import it.sfide.identity.Account;
import it.sfide.proposal.Opening;
import it.sfide.proposal.Proposal;
import it.sfide.proposal.ProposalContent;
import it.sfide.proposal.Submission;
import it.sfide.proposal.control.DraftWriter;
import it.sfide.document.boundary.PdfInspector;
import it.sfide.proposal.control.Proposals;
import it.sfide.proposal.control.SubmissionSealer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Demo proposals, sealed and encrypted like real ones: on the open PCP a submitted consortium proposal (Nuvola
 * Civica with Politecnico di Milano); on Milano's prize (less waste in markets) a draft of Dati &amp; Territorio
 * inviting Nuvola Civica; on Milano's closed challenge two submissions and an opening asked for by buyer3, waiting
 * for buyer4 to confirm it. Receipts are issued at startup by the receipt recovery, like after a crash.
 */
@Dependent
public class DemoProposals {

    @Inject
    Challenges challenges;

    @Inject
    Proposals proposals;

    @Inject
    DraftWriter writer;

    @Inject
    SubmissionSealer sealer;

    private Instant now;

    public void load(Account operator1, Account operator2, Account operator3, Account buyer3, Instant now) {
        this.now = now;
        Challenge pcp = challenges.findByOcid(DemoChallenges.PREFIX + "01").orElse(null);
        Challenge prize = challenges.findByOcid(DemoChallenges.PREFIX + "02").orElse(null);
        Challenge closed = challenges.findByOcid(DemoChallenges.PREFIX + "07").orElse(null);
        if (pcp == null || prize == null || closed == null
                || proposals.find(pcp.getId(), 1, operator1.getOrganisation().getId()).isPresent()) {
            return;
        }
        Proposal mobility = draft(pcp, operator1, days(-6), new ProposalContent(
                "Navetta su chiamata per le valli alpine",
                "Un servizio di trasporto a chiamata con prenotazione da app e telefono, instradamento dinamico e "
                        + "veicoli elettrici condivisi tra i comuni della valle.",
                "Piattaforma di prenotazione aperta (API GTFS-Flex), algoritmo di instradamento in tempo reale, "
                        + "integrazione con il trasporto pubblico esistente e un call center per chi non usa app.",
                "Nuvola Civica (capofila): sviluppo e gestione. Politecnico di Milano: modelli di domanda e "
                        + "valutazione dell'impatto.",
                new BigDecimal("180000"), List.of(new ProposalContent.BudgetLine("Sviluppo software",
                        new BigDecimal("110000")), new ProposalContent.BudgetLine("Sperimentazione sul campo",
                        new BigDecimal("50000")), new ProposalContent.BudgetLine("Valutazione d'impatto",
                        new BigDecimal("20000"))), 4, 7,
                "Codice sorgente con licenza EUPL; i dati del servizio restano dell'ente."));
        attach(mobility, "Proposta tecnica - navetta su chiamata.pdf", "Proposta tecnica: navetta su chiamata", 3,
                operator1);
        attach(mobility, "Piano economico.pdf", "Piano economico dettagliato", 2, operator1);
        writer.invite(mobility, operator2.getOrganisation().getId(), "Modelli di domanda e valutazione",
                new BigDecimal("20"), operator1.getId(), days(-5)).answer(true, operator2.getId(), days(-4));
        sealer.sealAt(mobility.getId(), operator1.getId(), days(-2));

        Proposal markets = draft(prize, operator3, days(-3), new ProposalContent("Bilance connesse per i mercati",
                "Pesatura degli scarti per banco e ritiro mirato dell'invenduto donabile.", null, null, null,
                List.of(), 5, null, null));
        writer.invite(markets, operator1.getOrganisation().getId(), "Sensori e installazione",
                new BigDecimal("35"), operator3.getId(), days(-1));

        Instant before = closed.getPhases().get(0).getClosesAt().minus(Duration.ofDays(2));
        for (Account operator : List.of(operator1, operator3)) {
            Proposal sent = draft(closed, operator, before.minus(Duration.ofDays(5)), new ProposalContent(
                    "Proposta di " + operator.getOrganisation().getName(),
                    "Sintesi della proposta inviata prima della scadenza.", "Soluzione descritta in dettaglio.",
                    "Gruppo di lavoro di quattro persone.", new BigDecimal("40000"),
                    List.of(new ProposalContent.BudgetLine("Personale", new BigDecimal("40000"))), 5, 8,
                    "Licenza non esclusiva all'ente."));
            attach(sent, "Proposta.pdf", "Proposta di " + operator.getOrganisation().getName(), 2, operator);
            sealer.sealAt(sent.getId(), operator.getId(), before);
        }
        proposals.persist(new Opening(closed.getId(), 1, closed.getPhases().get(0).getClosesAt(), buyer3.getId(),
                days(-1)));
    }

    /**
     * A proposal drafted, given its PDFs (name and first line, two pages each) and sealed at past instants, like
     * a real one: for the demo evaluation.
     */
    Submission sealed(Challenge challenge, Account operator, ProposalContent content, List<String[]> files,
            Instant draftedAt, Instant sealedAt) {
        Proposal p = draft(challenge, operator, draftedAt, content);
        for (String[] file : files) {
            attach(p, file[0], file[1], 2, operator);
        }
        return sealer.sealAt(p.getId(), operator.getId(), sealedAt);
    }

    private Proposal draft(Challenge challenge, Account operator, Instant at, ProposalContent content) {
        Proposal p = proposals.persist(new Proposal(challenge.getId(), 1, operator.getOrganisation().getId(),
                operator.getId(), at));
        writer.saveSections(p, content, at);
        return p;
    }

    private void attach(Proposal p, String name, String text, int pages, Account operator) {
        byte[] pdf = pdf(text, pages);
        writer.attach(p, PdfInspector.safeName(name), pdf, PdfInspector.inspect(pdf, null).pages(), operator.getId(),
                p.getUpdatedAt());
    }

    private Instant days(int days) {
        return now.plus(Duration.ofDays(days));
    }

    static byte[] pdf(String text, int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 720);
                    content.showText(text + " - pagina " + i + " di " + pages);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
