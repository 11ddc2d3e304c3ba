package it.sfide.dashboard.boundary;

import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Agenda;
import it.sfide.shared.Chart;
import it.sfide.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's dashboard: every area's {@link Agenda} says what of its own waits for them; this service orders
 * the answers into the sections of the caller's role. Sections of another role appear only when something waits
 * there (a buyer officer who sits on a committee sees its declarations and reports too).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class DashboardService {

    /** The sections each role always sees, in the order the work comes. */
    static final Map<Role, List<String>> SECTIONS = Map.of(
            Role.BUYER, List.of("challenge.approve", "challenge.questions", "challenge.cosponsor", "proposal.openings",
                    "evaluation.appoint", "evaluation.award", "contract.deliverables", "contract.sign",
                    "document.sign"),
            Role.OPERATOR, List.of("proposal.drafts", "proposal.invitations", "proposal.deadlines",
                    "evaluation.results", "contract.sign", "contract.milestones", "document.sign"),
            Role.EVALUATOR, List.of("evaluation.declare", "evaluation.reports", "evaluation.consensus",
                    "evaluation.chair"),
            Role.ADMIN, List.of("identity.verify", "document.sign", "audit.chain", "platform.mail"));

    @Inject
    Directory directory;

    @Inject
    @Any
    Instance<Agenda> agendas;

    /** What waits for the caller now. */
    public DashboardView mine() {
        Actor me = directory.requireActor();
        Agenda.Caller caller = new Agenda.Caller(me.accountId(), me.username(), me.role(),
                me.organisationId(), me.publicBody(), me.verified(), me.locale());
        List<Agenda.Todo> todo = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        for (Agenda agenda : agendas) {
            todo.addAll(agenda.todo(caller));
            charts.addAll(agenda.charts(caller));
        }
        Map<String, List<Agenda.Todo>> byKind = new LinkedHashMap<>();
        for (String kind : SECTIONS.getOrDefault(me.role(), List.of())) {
            byKind.put(kind, new ArrayList<>());
        }
        todo.stream().sorted(Comparator.comparing((Agenda.Todo t) -> t.due() == null)
                        .thenComparing(t -> t.due() == null ? java.time.Instant.MAX : t.due())
                        .thenComparing(t -> t.subject() == null ? "" : t.subject()))
                .forEach(t -> byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
        List<DashboardView.Section> sections = new ArrayList<>();
        long waiting = 0;
        for (Map.Entry<String, List<Agenda.Todo>> e : byKind.entrySet()) {
            long total = e.getValue().stream().mapToLong(Agenda.Todo::count).sum();
            waiting += total;
            sections.add(new DashboardView.Section(e.getKey(), total, List.copyOf(e.getValue())));
        }
        charts.sort(Comparator.comparing(Chart::kind));
        return new DashboardView(me.fullName(), me.role(), me.organisationName(), waiting, List.copyOf(sections),
                List.copyOf(charts));
    }
}
