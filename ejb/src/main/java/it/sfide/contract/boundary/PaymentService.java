package it.sfide.contract.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.contract.Contract;
import it.sfide.contract.Milestone;
import it.sfide.contract.Payment;
import it.sfide.contract.control.ContractAccess;
import it.sfide.contract.control.ContractMail;
import it.sfide.contract.control.ContractAccess.Party;
import it.sfide.contract.control.ContractViews;
import it.sfide.contract.control.Contracts;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.i18n.Texts;
import it.sfide.shared.Csv;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Payments: an officer of the buying body records each payment against an accepted milestone (amount, date,
 * reference), never beyond the milestone's amount or the contract's remaining value; the body's accounting
 * downloads them as CSV.
 */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME})
public class PaymentService {

    @Inject
    Contracts contracts;

    @Inject
    ContractAccess access;

    @Inject
    ContractViews views;

    @Inject
    Directory directory;

    @Inject
    ContractMail mail;

    @Inject
    Clock clock;

    /** A payment as the officer records it. */
    public record PaymentForm(int milestone, BigDecimal amount, LocalDate paidOn, String reference) {
    }

    /** Records a payment; the contract is locked so two officers never pay the same remainder twice. */
    @Audited(value = "contract.pay", target = "contract")
    public ContractView record(long id, PaymentForm form) {
        Party p = access.requireOfficer(id);
        if (form == null) {
            throw SfideException.invalid("amount", "contract.error.amount");
        }
        Contract c = p.contract();
        Payment payment = c.pay(form.milestone(), form.amount(), form.paidOn(), form.reference(),
                p.me().accountId(), clock.instant(), contracts.payments(c.getId()));
        contracts.persist(payment);
        Milestone m = c.milestone(form.milestone());
        mail.toOperator(c, "paymentRecorded", c.getCode(), m.getNumber(), payment.getAmount().toPlainString());
        return views.view(p);
    }

    /**
     * The payments as CSV for the body's accounting: of one contract (either party), or with {@code contractId}
     * null of every contract of the caller's body (its officers). UTF-8 with a byte order mark; formulas
     * neutralised.
     */
    public String csv(Long contractId) {
        Actor me = directory.requireActor();
        Locale locale = me.locale();
        List<Contract> list;
        if (contractId != null) {
            list = List.of(access.require(contractId).contract());
        } else {
            if (me.role() != Role.BUYER || me.organisationId() == null) {
                throw SfideException.forbidden();
            }
            list = contracts.ofOrganisation(me.organisationId()).stream()
                    .filter(c -> c.getBodyId() == me.organisationId()).toList();
        }
        Map<Long, Contract> byId = new HashMap<>();
        list.forEach(c -> byId.put(c.getId(), c));
        Map<Long, String> names = directory.organisationNames(list.stream().map(Contract::getOperatorId).toList());
        StringBuilder out = new StringBuilder(Csv.BOM);
        Csv.line(out, List.of(Texts.get(locale, "contract.csv.contract"), Texts.get(locale, "contract.csv.operator"),
                Texts.get(locale, "contract.csv.milestone"), Texts.get(locale, "contract.csv.title"),
                Texts.get(locale, "contract.csv.paidOn"), Texts.get(locale, "contract.csv.amount"),
                Texts.get(locale, "contract.csv.reference"), Texts.get(locale, "contract.csv.value"),
                Texts.get(locale, "contract.csv.protocol")));
        for (Contract c : list) {
            for (Payment pay : contracts.payments(c.getId())) {
                Milestone m = c.getMilestones().stream().filter(x -> x.getId() == pay.getMilestoneId()).findFirst()
                        .orElseThrow();
                Csv.line(out, List.of(c.getCode(), names.getOrDefault(c.getOperatorId(), ""),
                        String.valueOf(m.getNumber()), m.getTitle(), pay.getPaidOn().toString(),
                        pay.getAmount().toPlainString(), pay.getReference(), c.getValue().toPlainString(),
                        m.getAcceptanceProtocol() == null ? "" : m.getAcceptanceProtocol()));
            }
        }
        return out.toString();
    }
}
