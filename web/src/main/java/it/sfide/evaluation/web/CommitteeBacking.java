package it.sfide.evaluation.web;

import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.evaluation.MemberStatus;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.CommitteeView;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * A committee as the caller may see it: rules, criteria, members and proposals; the way to the declaration, the
 * reports and the chair's pages; a declared member's recusal from one proposal; a member leaving the committee.
 */
@Named
@ViewScoped
public class CommitteeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committees;

    @Inject
    DocumentRegistry documents;

    private long id;
    private CommitteeView view;
    private Long candidateId;
    private String reason;
    private String leaveReason;

    @PostConstruct
    void init() {
        id = Messages.requiredParameter("id", "evaluation.error.notFound");
        view = committees.get(id);
    }

    public String recuse() {
        if (candidateId == null) {
            throw SfideException.invalid("candidateId", "error.required");
        }
        return Actions.run(() -> committees.recuse(id, candidateId, reason), "evaluation.committee.recused",
                "/evaluation/committee?faces-redirect=true&id=" + id);
    }

    /** The member leaves the committee (their work is reassigned); back on the committee's page. */
    public String leave() {
        return Actions.run(() -> committees.leave(id, leaveReason), "evaluation.committee.left",
                "/evaluation/committee?faces-redirect=true&id=" + id);
    }

    /** Whether the caller may leave: a member, not the chair, appointed or declared. */
    public boolean isMayLeave() {
        return view.caller().member() && !view.caller().chair()
                && (view.caller().memberStatus() == MemberStatus.APPOINTED
                        || view.caller().memberStatus() == MemberStatus.DECLARED);
    }

    /** One of the committee's documents (the appointment, the report): only those the view names. */
    public void download(String protocol) {
        if (protocol == null || !(protocol.equals(view.appointmentProtocol())
                || protocol.equals(view.reportProtocol()))) {
            throw SfideException.notFound("error.document.notFound");
        }
        PageDownloads.send(documents.content(protocol), "application/pdf", protocol + ".pdf");
    }

    /** Whether the caller is a member who still has to sign the declaration. */
    public boolean isMustDeclare() {
        return view.caller().member() && view.caller().memberStatus() == MemberStatus.APPOINTED;
    }

    /** Whether the caller evaluates proposals here: a member (not the chair) who has declared. */
    public boolean isEvaluator() {
        return view.caller().member() && !view.caller().chair()
                && view.caller().memberStatus() == MemberStatus.DECLARED;
    }

    public CommitteeView getView() { return view; }
    public Long getCandidateId() { return candidateId; }
    public void setCandidateId(Long candidateId) { this.candidateId = candidateId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getLeaveReason() { return leaveReason; }
    public void setLeaveReason(String leaveReason) { this.leaveReason = leaveReason; }
}
