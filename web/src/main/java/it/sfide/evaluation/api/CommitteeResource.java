package it.sfide.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.evaluation.boundary.AppealService;
import it.sfide.evaluation.boundary.AppealView;
import it.sfide.evaluation.boundary.AwardService;
import it.sfide.evaluation.boundary.AwardView;
import it.sfide.evaluation.boundary.ReportService;
import it.sfide.evaluation.boundary.AssignmentBoard;
import it.sfide.evaluation.boundary.AssignmentService;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.CommitteeView;
import it.sfide.evaluation.boundary.ConsensusBoard;
import it.sfide.evaluation.boundary.ConsensusService;
import it.sfide.evaluation.boundary.ConsensusView;
import it.sfide.evaluation.boundary.DeclarationForm;
import it.sfide.evaluation.boundary.ScoreEntry;
import it.sfide.evaluation.boundary.ScoreSheet;
import it.sfide.evaluation.boundary.ScoringService;
import it.sfide.proposal.boundary.OpeningService;
import it.sfide.shared.SfideException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Committees over the API, {@code /api/v1/committees/{id}}: the committee as the caller may see it, the member's
 * declaration, recusals, the chair's assignment and the evaluators' individual reports. The same boundary methods
 * and access rules as the pages.
 */
@Path("committees/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    /** The declaration: the conflicts the member declares, and their password to sign it. */
    public record Declaration(List<DeclarationForm.Declared> conflicts, String password) {
    }

    /** A reason, alone (a member leaving the committee). */
    public record Reason(String reason) {
    }

    /** A recusal from one proposal. */
    public record Recusal(long candidateId, String reason) {
    }

    /** A change of the assignment by hand. */
    public record Change(long candidateId, Long memberId, Long fromMemberId, Long toMemberId) {
    }

    /** An individual report's scores; the reason for a change after submission. */
    public record Report(List<ScoreEntry> scores, String reason) {
    }

    @Inject
    CommitteeService committees;

    @Inject
    AssignmentService assignments;

    @Inject
    ScoringService scoring;

    @Inject
    ConsensusService consensus;

    @Inject
    ReportService reports;

    @Inject
    AwardService awards;

    @Inject
    AppealService appeals;

    /** The award: the winners and their amounts; the reason when it is re-issued. */
    public record AwardForm(List<AwardService.WinnerForm> winners, String reason) {
    }

    /** An officer's decision on an appeal. */
    public record AppealDecisionForm(boolean accepted, String reason) {
    }

    /** A member's answer to a consensus proposal. */
    public record Answer(boolean agree, String dissent) {
    }

    @GET
    @Operation(summary = "Read a committee")
    public CommitteeView get(@PathParam("id") long id) {
        return committees.get(id);
    }

    @GET
    @Path("declaration")
    @Operation(summary = "Read the caller's conflict-of-interest form")
    public DeclarationForm declarationForm(@PathParam("id") long id) {
        return committees.declarationForm(id);
    }

    @POST
    @Path("declaration")
    @Operation(summary = "Sign the conflict-of-interest declaration")
    public DeclarationForm declare(@PathParam("id") long id, Declaration body) {
        Declaration d = body == null ? new Declaration(List.of(), null) : body;
        return committees.declare(id, d.conflicts(), d.password());
    }

    @POST
    @Path("recusals")
    @Operation(summary = "Recuse a member from a proposal")
    public CommitteeView recuse(@PathParam("id") long id, Recusal body) {
        if (body == null) {
            throw SfideException.invalid("reason", "evaluation.error.reasonRequired");
        }
        return committees.recuse(id, body.candidateId(), body.reason());
    }

    /** A member leaves the committee, with a reason; their work is reassigned. */
    @POST
    @Path("resignation")
    @Operation(summary = "Resign from a committee")
    public CommitteeView leave(@PathParam("id") long id, Reason body) {
        return committees.leave(id, body == null ? null : body.reason());
    }

    @GET
    @Path("assignments")
    @Operation(summary = "Read the assignment board")
    public AssignmentBoard board(@PathParam("id") long id) {
        return assignments.board(id);
    }

    /** The chair's automatic assignment. */
    @POST
    @Path("assignments")
    @Operation(summary = "Assign proposals automatically")
    public AssignmentBoard assign(@PathParam("id") long id) {
        return assignments.assign(id);
    }

    @POST
    @Path("assignments/add")
    @Operation(summary = "Add an assignment")
    public AssignmentBoard add(@PathParam("id") long id, Change c) {
        Change change = required(c, c == null ? null : c.memberId(), "memberId");
        return assignments.add(id, change.candidateId(), change.memberId());
    }

    @POST
    @Path("assignments/move")
    @Operation(summary = "Move an assignment")
    public AssignmentBoard move(@PathParam("id") long id, Change c) {
        Change change = required(c, c == null ? null : c.fromMemberId(), "fromMemberId");
        required(c, c.toMemberId(), "toMemberId");
        return assignments.move(id, change.candidateId(), change.fromMemberId(), change.toMemberId());
    }

    @POST
    @Path("assignments/remove")
    @Operation(summary = "Remove an assignment")
    public AssignmentBoard remove(@PathParam("id") long id, Change c) {
        Change change = required(c, c == null ? null : c.memberId(), "memberId");
        return assignments.remove(id, change.candidateId(), change.memberId());
    }

    private static Change required(Change c, Long value, String field) {
        if (c == null || value == null) {
            throw SfideException.invalid(field, "error.required");
        }
        return c;
    }

    @GET
    @Path("proposals/{candidate: [0-9]+}/report")
    @Operation(summary = "Read the caller's score sheet")
    public ScoreSheet sheet(@PathParam("id") long id, @PathParam("candidate") long candidate) {
        return scoring.sheet(id, candidate);
    }

    /** Saves a draft. */
    @PUT
    @Path("proposals/{candidate: [0-9]+}/report")
    @Operation(summary = "Save the caller's score sheet")
    public ScoreSheet save(@PathParam("id") long id, @PathParam("candidate") long candidate, Report body) {
        return scoring.save(id, candidate, body == null ? List.of() : body.scores());
    }

    @POST
    @Path("proposals/{candidate: [0-9]+}/report/submission")
    @Operation(summary = "Submit the caller's score sheet")
    public ScoreSheet submit(@PathParam("id") long id, @PathParam("candidate") long candidate, Report body) {
        return scoring.submit(id, candidate, body == null ? List.of() : body.scores());
    }

    @POST
    @Path("proposals/{candidate: [0-9]+}/report/revision")
    @Operation(summary = "Reopen a submitted score sheet")
    public ScoreSheet revise(@PathParam("id") long id, @PathParam("candidate") long candidate, Report body) {
        return scoring.revise(id, candidate, body == null ? List.of() : body.scores(),
                body == null ? null : body.reason());
    }

    @GET
    @Path("proposals/{candidate: [0-9]+}/files/{n: [0-9]+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a proposal's file for scoring")
    public Response file(@PathParam("id") long id, @PathParam("candidate") long candidate, @PathParam("n") int n) {
        OpeningService.FileContent f = scoring.file(id, candidate, n);
        return Response.ok(f.content(), "application/pdf").header("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** The chair's consensus view: individual reports side by side, spreads, calibration, distributions. */
    @GET
    @Path("consensus")
    @Operation(summary = "Read the consensus board")
    public ConsensusBoard consensusBoard(@PathParam("id") long id, @QueryParam("show") String show,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return consensus.board(id, show, page, size);
    }

    /** The chair proposes the committee's scores for a proposal. */
    @PUT
    @Path("proposals/{candidate: [0-9]+}/consensus")
    @Operation(summary = "Propose a consensus")
    public ConsensusBoard propose(@PathParam("id") long id, @PathParam("candidate") long candidate, Report body) {
        return consensus.propose(id, candidate, body == null ? List.of() : body.scores());
    }

    @GET
    @Path("proposals/{candidate: [0-9]+}/consensus")
    @Operation(summary = "Read a proposal's consensus")
    public ConsensusView consensus(@PathParam("id") long id, @PathParam("candidate") long candidate) {
        return consensus.proposal(id, candidate);
    }

    /** An evaluator of the proposal agrees or records a dissent. */
    @POST
    @Path("proposals/{candidate: [0-9]+}/consensus/answer")
    @Operation(summary = "Agree or disagree with a consensus")
    public ConsensusView answer(@PathParam("id") long id, @PathParam("candidate") long candidate, Answer body) {
        if (body == null) {
            throw SfideException.invalid("agree", "error.required");
        }
        return consensus.answer(id, candidate, body.agree(), body.dissent());
    }

    /** The chair ranks the proposals and issues the committee report for every member to sign. */
    @POST
    @Path("ranking")
    @Operation(summary = "Rank the proposals")
    public CommitteeView rank(@PathParam("id") long id) {
        return reports.rank(id);
    }

    /** Who has still to sign the committee report. */
    @GET
    @Path("report/unsigned")
    @Operation(summary = "List members who have not signed the report")
    public List<String> unsigned(@PathParam("id") long id) {
        return reports.unsigned(id);
    }

    /** An officer of the buying body approves the ranking and awards. */
    @POST
    @Path("award")
    @Operation(summary = "Award the challenge")
    public AwardView award(@PathParam("id") long id, AwardForm body) {
        AwardForm form = body == null ? new AwardForm(List.of(), null) : body;
        return awards.award(id, form.winners(), form.reason());
    }

    @GET
    @Path("award")
    @Operation(summary = "Read the award")
    public AwardView currentAward(@PathParam("id") long id) {
        return awards.current(id).orElseThrow(() -> SfideException.notFound("evaluation.error.noResults"));
    }

    @GET
    @Path("appeals")
    @Operation(summary = "List the appeals")
    public List<AppealView> appeals(@PathParam("id") long id) {
        return appeals.ofCommittee(id);
    }

    @POST
    @Path("appeals/{appeal: [0-9]+}/decision")
    @Operation(summary = "Decide an appeal")
    public AppealView decide(@PathParam("id") long id, @PathParam("appeal") long appeal, AppealDecisionForm body) {
        if (body == null) {
            throw SfideException.invalid("reason", "evaluation.error.reasonRequired");
        }
        return appeals.decide(id, appeal, body.accepted(), body.reason());
    }

    /** For a blind challenge, where proposals name their applicant or a partner (chair and officers). */
    @GET
    @Path("anonymity")
    @Operation(summary = "List anonymity warnings")
    public List<it.sfide.evaluation.boundary.AnonymityWarning> anonymity(@PathParam("id") long id) {
        return committees.anonymity(id);
    }
}
