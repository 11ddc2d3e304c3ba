package it.sfide.contract.control;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.contract.Contract;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.Deliverable;
import it.sfide.contract.Milestone;
import it.sfide.contract.MilestoneStatus;
import it.sfide.contract.Payment;
import it.sfide.contract.boundary.ContractView;
import it.sfide.identity.boundary.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds what the parties see of a contract, and the day it is in Italy (due dates are Italian days). */
@ApplicationScoped
public class ContractViews {

    /** Due dates, payments and reminders count Italian days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Inject
    Contracts contracts;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Directory directory;

    @Inject
    LegalRepresentatives representatives;

    @Inject
    Clock clock;

    public LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    /** The contract as the caller sees it. */
    public ContractView view(ContractAccess.Party party) {
        Contract c = party.contract();
        return build(c, challenges.get(c.getChallengeId()), party.me().locale(), party);
    }

    /**
     * The contract as the public may know it (open data), whoever asks: parties, object, value, period, status,
     * when it was signed, milestones with their due dates, amounts and decisions, payments; never who signed or
     * delivered, the deliverables, the reasons of a refusal or the payments' references.
     */
    public ContractView published(Contract c, ChallengeView challenge) {
        return build(c, challenge, java.util.Locale.ITALIAN, null);
    }

    private ContractView build(Contract c, ChallengeView challenge, java.util.Locale locale,
                               ContractAccess.Party party) {
        boolean inside = party != null;
        List<Payment> payments = contracts.payments(c.getId());
        List<Deliverable> deliverables = inside ? contracts.deliverables(c.getId()) : List.of();
        Set<Long> people = new HashSet<>();
        deliverables.forEach(d -> people.add(d.getSubmittedBy()));
        Map<Long, String> names = people.isEmpty() ? Map.of() : directory.displayNames(people);
        Map<Long, String> organisations = directory.organisationNames(List.of(c.getBodyId(), c.getOperatorId()));
        LocalDate today = today();
        Map<Long, List<Deliverable>> byMilestone = deliverables.stream()
                .collect(Collectors.groupingBy(Deliverable::getMilestoneId));
        Map<Long, BigDecimal> paidBy = payments.stream().collect(Collectors.groupingBy(Payment::getMilestoneId,
                Collectors.reducing(BigDecimal.ZERO, Payment::getAmount, BigDecimal::add)));
        Map<Long, Integer> numbers = c.getMilestones().stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getNumber));
        List<ContractView.MilestoneView> milestones = c.getMilestones().stream().map(m -> new ContractView.MilestoneView(
                m.getNumber(), m.getTitle(), m.getDescription(), m.getDueOn(), m.getAmount(), m.getStatus(),
                c.getStatus() == ContractStatus.SIGNED && m.overdueOn(today), m.getSubmittedAt(), m.getDecidedAt(),
                inside ? m.getRejectionReason() : null, m.getAcceptanceProtocol(),
                paidBy.getOrDefault(m.getId(), BigDecimal.ZERO),
                byMilestone.getOrDefault(m.getId(), List.of()).stream().map(d -> new ContractView.DeliverableView(
                        d.getId(), d.getRound(), d.getReport(), names.get(d.getSubmittedBy()), d.getSubmittedAt(),
                        d.getFiles().stream().map(f -> new ContractView.FileView(f.getId(), f.getName(),
                                f.getSizeBytes(), f.getSha256())).toList())).toList())).toList();
        BigDecimal paid = sum(payments.stream().map(Payment::getAmount).toList());
        BigDecimal accepted = sum(c.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.ACCEPTED)
                .map(Milestone::getAmount).toList());
        BigDecimal paidOnAccepted = sum(c.getMilestones().stream().filter(m -> m.getStatus() == MilestoneStatus.ACCEPTED)
                .map(m -> paidBy.getOrDefault(m.getId(), BigDecimal.ZERO)).toList());
        ContractView.Money money = new ContractView.Money(paid, accepted.subtract(paidOnAccepted),
                c.getValue().subtract(paid));
        ContractView.Caller caller = inside ? caller(c, party)
                : new ContractView.Caller(false, false, false, false, false, false, false, false, false, false);
        return new ContractView(c.getId(), c.getCode(), c.getChallengeId(), challenge.title(locale),
                challenge.ocid(), c.getPhaseNumber(), c.getBodyId(), organisations.get(c.getBodyId()),
                c.getOperatorId(), organisations.get(c.getOperatorId()), c.getObjectText(), c.getAwardedAmount(),
                c.getValue(), c.getStartsOn(), c.getEndsOn(), c.getStatus(), c.getProtocol(), c.getIssuedAt(),
                inside ? c.getBuyerSignerName() : null, c.getBuyerSignedAt(),
                inside ? c.getOperatorSignerName() : null, c.getOperatorSignature(),
                c.getOperatorSignedAt(), c.getCompletedAt(), c.getCompletionProtocol(), milestones,
                payments.stream().map(p -> new ContractView.PaymentView(p.getId(),
                        numbers.getOrDefault(p.getMilestoneId(), 0), p.getAmount(), p.getPaidOn(),
                        inside ? p.getReference() : null, p.getRecordedAt())).toList(), money, caller);
    }

    private ContractView.Caller caller(Contract c, ContractAccess.Party party) {
        boolean representative = party.operator() && representatives.isRepresentative(c.getOperatorId(),
                party.me().accountId());
        boolean inForce = c.getStatus() == ContractStatus.SIGNED;
        return new ContractView.Caller(party.officer(), party.operator(), representative,
                party.officer() && c.getStatus() == ContractStatus.DRAFT,
                party.officer() && c.getStatus() == ContractStatus.ISSUED,
                representative && c.getStatus() == ContractStatus.BUYER_SIGNED,
                party.operator() && inForce, party.officer() && inForce,
                party.officer() && (inForce || c.getStatus() == ContractStatus.COMPLETED),
                party.officer() && inForce && c.allAccepted());
    }

    private static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
