package it.sfide.evaluation.web;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.evaluation.EvaluationRules;
import it.sfide.evaluation.boundary.AppointmentForm;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.CommitteeService.Nominee;
import it.sfide.evaluation.boundary.CommitteeView;
import it.sfide.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The appointment of a phase's committee by an officer of the buying body, after the opening: the chair and the
 * members found by name, external experts by e-mail, and the rules (the defaults shown, editable).
 */
@Named
@ViewScoped
public class AppointBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committees;

    @Inject
    ChallengeCatalogue catalogue;

    private long challengeId;
    private int phase;
    private ChallengeView challenge;
    private Nominee chair;
    private final List<Nominee> members = new ArrayList<>();
    /** The person just chosen in the members' search, added to the members at once. */
    private Nominee memberChoice;
    private final List<ExpertRow> experts = new ArrayList<>();
    private Integer evaluatorsPerProposal;
    private BigDecimal scaleMax;
    private BigDecimal scaleStep;
    private Integer minCommentLength;
    private BigDecimal consensusTolerance;
    private Integer appealDays;
    /** The people the searches offered, by account: what the autocompletes' choices are read back into. */
    private final Map<Long, Nominee> offered = new HashMap<>();

    /** An external expert's row: invited by e-mail. */
    public static class ExpertRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String email;
        private String fullName;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }

        boolean blank() {
            return (email == null || email.isBlank()) && (fullName == null || fullName.isBlank());
        }
    }

    @PostConstruct
    void init() {
        challengeId = Messages.requiredParameter("challenge", "challenge.error.noSuchPhase");
        phase = (int) Messages.requiredParameter("phase", "challenge.error.noSuchPhase");
        challenge = catalogue.get(challengeId);
        EvaluationRules d = EvaluationRules.defaults();
        evaluatorsPerProposal = d.evaluatorsPerProposal();
        scaleMax = d.scaleMax();
        scaleStep = d.scaleStep();
        minCommentLength = d.minCommentLength();
        consensusTolerance = d.consensusTolerance();
        appealDays = d.appealDays();
    }

    /** The view action: a phase whose committee exists shows the committee instead. */
    public String existing() {
        return committees.ofPhase(challengeId, phase).map(c -> committeePage(c.id())).orElse(null);
    }

    public List<Nominee> complete(String query) {
        List<Nominee> found = committees.nominees(query);
        found.forEach(n -> offered.put(n.accountId(), n));
        return found;
    }

    /** Adds the person chosen in the members' search (once). */
    public void addMember() {
        if (memberChoice != null && members.stream().noneMatch(m -> m.accountId() == memberChoice.accountId())) {
            members.add(memberChoice);
        }
        memberChoice = null;
    }

    public void removeMember(long accountId) {
        members.removeIf(m -> m.accountId() == accountId);
    }

    public void addExpert() {
        experts.add(new ExpertRow());
    }

    public void removeExpert(int index) {
        if (index >= 0 && index < experts.size()) {
            experts.remove(index);
        }
    }

    public String appoint() {
        List<AppointmentForm.Expert> invited = experts.stream().filter(e -> !e.blank())
                .map(e -> new AppointmentForm.Expert(e.email, e.fullName)).toList();
        CommitteeView committee = committees.appoint(challengeId, phase, new AppointmentForm(
                chair == null ? null : chair.accountId(), members.stream().map(Nominee::accountId).toList(), invited,
                evaluatorsPerProposal, scaleMax, scaleStep, minCommentLength, consensusTolerance, appealDays));
        Messages.info("evaluation.appoint.done");
        return committeePage(committee.id());
    }

    private static String committeePage(long id) {
        return "/evaluation/committee?faces-redirect=true&id=" + id;
    }

    /** Turns a chosen person into their account id and back, from what the searches offered. */
    public Converter<Nominee> getNominee() {
        return new Converter<>() {
            @Override
            public Nominee getAsObject(FacesContext context, UIComponent component, String value) {
                try {
                    return value == null || value.isBlank() ? null : offered.get(Long.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Nominee value) {
                return value == null ? "" : String.valueOf(value.accountId());
            }
        };
    }

    public ChallengeView getChallenge() { return challenge; }
    public int getPhase() { return phase; }
    public Nominee getChair() { return chair; }
    public void setChair(Nominee chair) { this.chair = chair; }
    public List<Nominee> getMembers() { return members; }
    public Nominee getMemberChoice() { return memberChoice; }
    public void setMemberChoice(Nominee memberChoice) { this.memberChoice = memberChoice; }
    public List<ExpertRow> getExperts() { return experts; }
    public Integer getEvaluatorsPerProposal() { return evaluatorsPerProposal; }
    public void setEvaluatorsPerProposal(Integer v) { this.evaluatorsPerProposal = v; }
    public BigDecimal getScaleMax() { return scaleMax; }
    public void setScaleMax(BigDecimal scaleMax) { this.scaleMax = scaleMax; }
    public BigDecimal getScaleStep() { return scaleStep; }
    public void setScaleStep(BigDecimal scaleStep) { this.scaleStep = scaleStep; }
    public Integer getMinCommentLength() { return minCommentLength; }
    public void setMinCommentLength(Integer v) { this.minCommentLength = v; }
    public BigDecimal getConsensusTolerance() { return consensusTolerance; }
    public void setConsensusTolerance(BigDecimal v) { this.consensusTolerance = v; }
    public Integer getAppealDays() { return appealDays; }
    public void setAppealDays(Integer appealDays) { this.appealDays = appealDays; }
}
