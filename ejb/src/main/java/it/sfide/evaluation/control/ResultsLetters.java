package it.sfide.evaluation.control;

import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.evaluation.Award;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.ConsensusScore;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.i18n.Texts;
import it.sfide.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results letters: every evaluated applicant gets one, in its own language, with its own consensus scores and
 * comments (never another applicant's), its outcome and until when it may appeal; its operators are e-mailed.
 */
@ApplicationScoped
public class ResultsLetters {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    DocumentIssuer documents;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    public void send(EvaluationAccess.Seat seat, List<Candidate> candidates, Award award, Map<Long, String> names) {
        Committee c = seat.committee();
        String body = directory.organisationName(c.getBodyId());
        for (Candidate x : candidates) {
            List<Contact> operators = directory.operators(x.getLeadOrganisationId());
            Locale locale = operators.isEmpty() ? Locale.ITALIAN : operators.get(0).locale();
            String outcome = c.isStageGate() ? ResultsLetter.stageGate(award.outcomeOf(x)) : award.outcomeOf(x);
            List<ResultsLetter.Line> lines = new ArrayList<>();
            for (EvaluationCriterion k : c.getCriteria()) {
                ConsensusScore s = x.getConsensus().stream().filter(v -> v.getCriterionNo() == k.getNumber())
                        .findFirst().orElse(null);
                lines.add(new ResultsLetter.Line(k.name(locale), k.getWeight(), s == null ? null : s.getScore(),
                        s == null ? null : s.getComment()));
            }
            ResultsLetter letter = new ResultsLetter(seat.challenge().title(locale), seat.challenge().ocid(), body,
                    names.get(x.getLeadOrganisationId()), x.getReceiptProtocol(), outcome, x.getRank(), x.getTotal(),
                    Boolean.TRUE.equals(x.getFundable()), lines, award.getAppealUntil(), award.getDecisionProtocol());
            DocumentView issued = documents.issue(new ResultsLetter.Renderer(), letter, new Issue("results-letter",
                    x.getId() + "/" + award.getRevision(), x.getLeadOrganisationId(), Visibility.RESTRICTED, locale,
                    new Issue.IssuingBody(c.getBodyId(), body)));
            x.letterIssued(issued.protocol());
            for (Contact op : operators) {
                mailer.send(op.email(), op.locale(), "resultsLetter", seat.challenge().title(op.locale()),
                        Texts.get(op.locale(), "evaluation.outcome." + outcome), issued.protocol(),
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(op.locale())
                                .format(award.getAppealUntil().atZone(ROME)), links.proposal(x.getProposalId()));
            }
        }
    }
}
