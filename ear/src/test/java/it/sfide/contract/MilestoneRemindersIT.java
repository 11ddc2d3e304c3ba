package it.sfide.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.sfide.contract.boundary.MilestoneReminders;
import it.sfide.contract.control.Reminder;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.testing.Api;
import it.sfide.testing.Deployments;
import it.sfide.testing.probe.PersistenceProbe;
import it.sfide.testing.probe.PersistenceProbe.Mail;
import it.sfide.testing.probe.TestClock;
import it.sfide.testing.probe.TimerProbe;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the running Payara, with the platform clock moved to the days around the due date of milestone 3 of the
 * demo PCP's phase-2 contract with Politecnico di Milano (in force, nothing delivered yet for it): both sides of the contract — every officer of Regione Lombardia and
 * every operator of Politecnico di Milano — get the "due in a few days" e-mail once when the week before the due date
 * begins, and the "overdue" e-mail once the day after it, however many sweeps run. Sweeps of one server are queued
 * by the singleton's lock; another server's claim of the same reminder is {@link Reminder#send} racing the sweep.
 * The clock is moved a year ahead only while no platform timer is about to fire (it would act on the moved clock).
 */
@ExtendWith(ArquillianExtension.class)
class MilestoneRemindersIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String DEMO_CONTRACT_OCID = "ocds-sfide0-demo-12";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithTests(MilestoneRemindersIT.class);
    }

    @Inject
    MilestoneReminders reminders;

    @Inject
    Reminder reminder;

    @Inject
    Directory directory;

    @Inject
    PersistenceProbe probe;

    @Inject
    TimerProbe timers;

    private final Api api = new Api();

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void bothSidesAreRemindedOnceInTheWeekBeforeTheDueDateAndOnceWhenOverdueHoweverManySweepsRun() throws Exception {
        JsonObject contract = api.get("/api/v1/contracts", api.token("operator2", Api.DEMO_PASSWORD)).array().stream()
                .map(JsonValue::asJsonObject).filter(c -> DEMO_CONTRACT_OCID.equals(c.getString("ocid"))
                        && c.getInt("phase") == 2)
                .findFirst().orElseThrow(() -> new AssertionError("the demo PCP's phase-2 contract in force"));
        assertEquals("SIGNED", contract.getString("status"));
        JsonObject milestone = contract.getJsonArray("milestones").getJsonObject(2);
        assertEquals(3, milestone.getInt("number"));
        assertEquals("PENDING", milestone.getString("status"), "nothing delivered yet");
        Watched third = new Watched(contract.getJsonNumber("id").longValue(), contract.getString("code"),
                milestone.getString("title"), LocalDate.parse(milestone.getString("dueOn")));
        LocalDate due = third.due();
        long milestoneId = probe.milestoneId(third.contractId(), 3);
        List<Contact> people = new ArrayList<>(directory.officers(contract.getJsonNumber("bodyId").longValue()));
        people.addAll(directory.operators(contract.getJsonNumber("operatorId").longValue()));
        List<String> addresses = people.stream().map(Contact::email).toList();
        assertTrue(addresses.containsAll(List.of("buyer1@demo.sfide.localhost", "operator2@demo.sfide.localhost")),
                "the officer and the legal representative who signed: " + addresses);

        assertTrue(timers.nextFiring().isPresent(), "the platform's timers are in sight");
        timers.awaitQuiet(Duration.ofSeconds(30));
        TestClock.set(at(due.minusDays(MilestoneReminders.DAYS_BEFORE + 1)));
        reminders.sweep();
        for (Contact p : people) {
            assertEquals(0, mails(p, third, false), "not before the week: " + p.email());
        }

        TestClock.set(at(due.minusDays(MilestoneReminders.DAYS_BEFORE)));
        assertTrue(reminders.sweep() >= 1, "the week before the due date");
        for (Contact p : people) {
            assertEquals(1, mails(p, third, false), "reminded: " + p.email());
            assertEquals(0, mails(p, third, true), "not overdue: " + p.email());
        }
        assertEquals(0, reminders.sweep(), "a second sweep sends nothing: every reminder due was claimed");

        TestClock.set(at(due));
        reminders.sweep();
        for (Contact p : people) {
            assertEquals(1, mails(p, third, false), "once: " + p.email());
            assertEquals(0, mails(p, third, true), "not overdue on its day: " + p.email());
        }

        TestClock.set(at(due.plusDays(1)));
        List<Object> results = atOnce(reminders::sweep, reminders::sweep, () -> reminder.send(milestoneId, true));
        for (Contact p : people) {
            assertEquals(1, mails(p, third, true), "overdue, once of three at once " + results + ": " + p.email());
            assertEquals(1, mails(p, third, false), "the first reminder is not repeated: " + p.email());
        }
        assertEquals(0, reminders.sweep(), "nothing more");
        assertFalse(reminder.send(milestoneId, true), "claimed once");
    }

    /** The demo contract's milestone 3. */
    private record Watched(long contractId, String code, String title, LocalDate due) {
    }

    /** The reminders of the milestone in a person's outbox, in their language: before its due date, or after. */
    private long mails(Contact person, Watched milestone, boolean overdue) {
        boolean english = "en".equals(person.locale().getLanguage());
        String subject = english
                ? "Milestone 3 of contract " + milestone.code() + (overdue ? " is overdue" : " due in a few days")
                : "Scadenza 3 del contratto " + milestone.code() + (overdue ? " superata" : " tra pochi giorni");
        String date = milestone.due().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(english ? Locale.ENGLISH : Locale.ITALIAN));
        List<Mail> mails = probe.mailsTo(person.email()).stream().filter(m -> m.subject().equals(subject)).toList();
        for (Mail m : mails) {
            assertTrue(m.body().contains(milestone.title()) && m.body().contains(date)
                    && m.body().contains("/contracts/contract.xhtml?id=" + milestone.contractId()),
                    "the milestone, its date and the contract's page: " + m.body());
        }
        return mails.size();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ROME).toInstant();
    }

    /** Runs the calls on the server's managed threads, released at the same instant; their results. */
    private static List<Object> atOnce(Callable<?>... calls) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch ready = new CountDownLatch(calls.length);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Callable<?> call : calls) {
            running.add(executor.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "every call started");
        go.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<?> f : running) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
