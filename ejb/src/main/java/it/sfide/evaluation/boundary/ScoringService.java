package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.evaluation.Assignment;
import it.sfide.evaluation.Candidate;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.CriterionScore;
import it.sfide.evaluation.EvaluationCriterion;
import it.sfide.evaluation.control.EvaluationAccess;
import it.sfide.evaluation.control.EvaluationAccess.Seat;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.proposal.boundary.OpenedProposalView;
import it.sfide.proposal.boundary.OpenedProposals;
import it.sfide.proposal.boundary.OpeningService;
import it.sfide.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Individual reports: an evaluator reads a proposal assigned to them (only after the opening and after signing
 * their declaration; for a blind challenge without the applicant's identity), scores every criterion on the
 * committee's scale with a comment, saves drafts, submits (the report locks), and changes a submitted report
 * only with a reason, which the history keeps. Nobody else's scores are shown to them.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class ScoringService {

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationAccess access;

    @Inject
    OpenedProposals opened;

    @Inject
    Clock clock;

    /** The caller's report on a proposal assigned to them, with the proposal. Reading it is audited. */
    @Audited(value = "evaluation.read", target = "committee")
    public ScoreSheet sheet(long committeeId, long candidateId) {
        Work w = work(committeeId, candidateId);
        return sheet(w, opened.read(w.candidate().getProposalId()));
    }

    /** Saves a draft: what is filled in must be right, the rest may wait. */
    @Audited(value = "evaluation.save", target = "committee")
    public ScoreSheet save(long committeeId, long candidateId, List<ScoreEntry> entries) {
        Work w = work(committeeId, candidateId);
        w.seat().committee().requireScoring();
        w.assignment().saveDraft(scores(entries), w.seat().committee().getCriteria(), w.seat().committee().rules(),
                clock.instant());
        return sheet(w, opened.read(w.candidate().getProposalId()));
    }

    /** Submits the individual report: every criterion scored with its comment; it then locks. */
    @Audited(value = "evaluation.submit", target = "committee")
    public ScoreSheet submit(long committeeId, long candidateId, List<ScoreEntry> entries) {
        Work w = work(committeeId, candidateId);
        w.seat().committee().requireScoring();
        w.assignment().submit(scores(entries), w.seat().committee().getCriteria(), w.seat().committee().rules(),
                clock.instant());
        return sheet(w, opened.read(w.candidate().getProposalId()));
    }

    /** Changes a submitted report, with a reason; the earlier version stays in the history. */
    @Audited(value = "evaluation.revise", target = "committee")
    public ScoreSheet revise(long committeeId, long candidateId, List<ScoreEntry> entries, String reason) {
        Work w = work(committeeId, candidateId);
        w.seat().committee().requireScoring();
        evaluations.persist(w.assignment().revise(scores(entries), reason, w.seat().committee().getCriteria(),
                w.seat().committee().rules(), w.seat().me().accountId(), clock.instant()));
        return sheet(w, opened.read(w.candidate().getProposalId()));
    }

    /**
     * A file of the proposal; for a blind challenge named by the proposal's code and without the PDF metadata
     * that usually names its author.
     */
    public OpeningService.FileContent file(long committeeId, long candidateId, int fileNo) {
        Work w = work(committeeId, candidateId);
        boolean blind = w.seat().committee().isBlind();
        OpeningService.FileContent f = opened.file(w.candidate().getProposalId(), fileNo, blind);
        return blind ? new OpeningService.FileContent(blindName(w.candidate(), fileNo, f.name()), f.content()) : f;
    }

    private record Work(Seat seat, Candidate candidate, Assignment assignment) {
    }

    /** The caller's active assignment on the candidate; anything else is not found. */
    private Work work(long committeeId, long candidateId) {
        Seat seat = access.requireDeclaredMember(committeeId);
        Candidate candidate = evaluations.candidate(candidateId).filter(c -> c.getCommitteeId() == committeeId)
                .orElseThrow(EvaluationAccess::notFound);
        Assignment a = evaluations.assignment(seat.member().getId(), candidate.getId())
                .orElseThrow(EvaluationAccess::notFound);
        return new Work(seat, candidate, a);
    }

    private static List<CriterionScore> scores(List<ScoreEntry> entries) {
        List<CriterionScore> scores = new ArrayList<>();
        for (ScoreEntry e : entries == null ? List.<ScoreEntry>of() : entries) {
            if (e != null) {
                scores.add(new CriterionScore(e.criterion(), e.score(), e.comment()));
            }
        }
        return scores;
    }

    static String blindName(Candidate c, int fileNo, String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return c.getCode() + "-" + fileNo + (extension.matches("\\.[a-z0-9]{1,5}") ? extension : "");
    }

    private ScoreSheet sheet(Work w, OpenedProposalView p) {
        Committee c = w.seat().committee();
        boolean blind = c.isBlind();
        Locale locale = w.seat().me().locale();
        List<ScoreSheet.Line> lines = new ArrayList<>();
        for (EvaluationCriterion k : c.getCriteria()) {
            CriterionScore s = w.assignment().getScores().stream()
                    .filter(x -> x.getCriterionNo() == k.getNumber()).findFirst().orElse(null);
            lines.add(new ScoreSheet.Line(k.getNumber(), k.name(locale), k.getWeight(), k.getThreshold(),
                    s == null ? null : s.getScore(), s == null ? null : s.getComment()));
        }
        List<ScoreSheet.Partner> partners = new ArrayList<>();
        for (int i = 0; i < p.consortium().size(); i++) {
            OpenedProposalView.Member m = p.consortium().get(i);
            partners.add(new ScoreSheet.Partner(blind ? w.candidate().getCode() + " / " + (i + 1)
                    : m.organisationName(), m.role()));
        }
        return new ScoreSheet(c.getId(), w.candidate().getId(), w.candidate().getCode(),
                blind ? w.candidate().getCode() : p.leadOrganisationName(), w.seat().challenge().title(locale), blind,
                c.rules(), lines, w.assignment().getStatus(), w.assignment().getSavedAt(),
                w.assignment().getSubmittedAt(), p.content(), partners, p.files().stream()
                        .map(f -> new ScoreSheet.File(f.fileNo(), blind ? blindName(w.candidate(), f.fileNo(), f.name())
                                : f.name(), f.sizeBytes(), f.pages())).toList(),
                evaluations.revisions(w.assignment().getId()).stream().map(r -> new ScoreSheet.Revision(
                        r.getRevisionNo(), r.getRevisedAt(), r.getReason(), r.getPreviousScores())).toList());
    }
}
