package it.sfide.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate END = LocalDate.of(2027, 8, 31);

    @Test
    void aDraftFromAnAwardProposesTheValueAndAScheduleThatAddsUp() {
        Contract c = draft();
        assertEquals(ContractStatus.DRAFT, c.getStatus());
        assertEquals(new BigDecimal("120000.00"), c.getValue());
        assertEquals(2, c.getMilestones().size());
        assertEquals(new BigDecimal("36000.00"), c.getMilestones().get(0).getAmount());
        assertEquals(new BigDecimal("84000.00"), c.getMilestones().get(1).getAmount());
        assertEquals(END, c.getMilestones().get(1).getDueOn());
    }

    @Test
    void anEditIsRefusedFieldByFieldAndChangesNothing() {
        Contract c = draft();
        ValidationFailure f = assertThrows(ValidationFailure.class, () -> c.edit(" ", new BigDecimal("130000"), END,
                START, List.of(new Contract.MilestoneLine("", null, END.plusDays(1), new BigDecimal("-1"))), NOW));
        List<String> fields = f.problems().stream().map(SfideException::field).toList();
        assertTrue(fields.containsAll(List.of("object", "value", "endsOn", "milestones[1].title",
                "milestones[1].dueOn", "milestones[1].amount")), fields.toString());
        assertEquals(2, c.getMilestones().size(), "nothing changed");

        ValidationFailure sum = assertThrows(ValidationFailure.class, () -> c.edit("Oggetto", new BigDecimal("100000"),
                START, END, List.of(line("Prototipo", START.plusMonths(2), "40000"), line("Collaudo", END, "50000")),
                NOW));
        assertEquals("contract.error.schedule", sum.problems().get(0).messageKey());
        assertEquals(List.of("90000.00", "100000.00"), List.of(sum.problems().get(0).arguments()));

        c.edit("Sviluppo del prototipo", new BigDecimal("100000"), START, END, List.of(
                line("Prototipo", START.plusMonths(2), "40000"), line("Collaudo", END, "60000")), NOW);
        assertEquals(new BigDecimal("100000.00"), c.getValue());
        assertEquals("Collaudo", c.milestone(2).getTitle());
    }

    @Test
    void theBuyerSignsFirstThenTheOperatorAndOnlyThenWorkIsDeliveredAcceptedAndPaid() throws Exception {
        Contract c = draft();
        id(c, 7L);
        assertThrows(SfideException.class, () -> c.submit(1, NOW), "a draft is not in force");
        c.issued("SFD-2027-000001", NOW);
        assertEquals("contract.error.buyerFirst", assertThrows(SfideException.class,
                () -> c.operatorSigned(3L, "Luca Ferrari", null, SignatureMode.PLATFORM, NOW)).messageKey());
        c.buyerSigned(1L, "Giulia Bianchi", NOW);
        c.operatorSigned(null, "Luca Ferrari", "FRRLCU80A01F205X", SignatureMode.CADES, NOW);
        assertEquals(ContractStatus.SIGNED, c.getStatus());

        List<Payment> paid = new ArrayList<>();
        id(c.milestone(1), 11L);
        assertEquals("contract.error.notAccepted", assertThrows(SfideException.class, () -> c.pay(1,
                new BigDecimal("1000"), START, "Mandato 1", 1L, NOW, paid)).messageKey());
        c.submit(1, NOW);
        assertEquals("contract.error.reasonRequired", assertThrows(SfideException.class,
                () -> c.reject(1, 1L, " ", NOW)).messageKey());
        c.reject(1, 1L, "Manca il piano di collaudo.", NOW);
        assertEquals(MilestoneStatus.REJECTED, c.milestone(1).getStatus());
        c.submit(1, NOW);
        c.accept(1, 1L, "SFD-2027-000002", NOW);
        assertEquals("contract.error.overMilestone", assertThrows(SfideException.class, () -> c.pay(1,
                new BigDecimal("36000.01"), START, "Mandato 1", 1L, NOW, paid)).messageKey());
        paid.add(c.pay(1, new BigDecimal("36000"), START, "Mandato 1", 1L, NOW, paid));
        assertEquals("contract.error.overMilestone", assertThrows(SfideException.class, () -> c.pay(1,
                new BigDecimal("1"), START, "Mandato 2", 1L, NOW, paid)).messageKey());
        assertTrue(c.milestone(2).overdueOn(END.plusDays(1)));

        assertEquals("contract.error.milestonesOpen", assertThrows(SfideException.class,
                () -> c.complete(1L, "SFD-2027-000003", NOW)).messageKey(), "milestone 2 is still open");
        assertEquals(ContractStatus.SIGNED, c.getStatus());
        c.submit(2, NOW);
        c.accept(2, 1L, "SFD-2027-000004", NOW);
        c.complete(1L, "SFD-2027-000005", NOW);
        assertEquals(ContractStatus.COMPLETED, c.getStatus());
        assertEquals("SFD-2027-000005", c.getCompletionProtocol());
        assertThrows(SfideException.class, () -> c.complete(1L, "SFD-2027-000006", NOW), "completed once");
        assertThrows(SfideException.class, () -> c.submit(2, NOW), "nothing more is delivered");
        id(c.milestone(2), 12L);
        paid.add(c.pay(2, new BigDecimal("84000"), END, "Mandato 2", 1L, NOW, paid));
    }

    private static Contract.MilestoneLine line(String title, LocalDate due, String amount) {
        return new Contract.MilestoneLine(title, null, due, new BigDecimal(amount));
    }

    private static Contract draft() {
        return new Contract(1, 1, 2, 3, 4, 5, "CT-1-1-01", "Monitoraggio dei ponti", new BigDecimal("120000"),
                START, END, "Anticipo", "Saldo", 9, NOW);
    }

    private static void id(Object entity, Long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }
}
