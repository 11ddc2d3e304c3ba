package it.sfide.dashboard.boundary;

import it.sfide.shared.Agenda;
import it.sfide.shared.Chart;
import it.sfide.shared.Role;

import java.io.Serializable;
import java.util.List;

/**
 * A person's dashboard: who they are, the sections of what waits for them (every section of their role, empty
 * ones too, so the list reads as a checklist) and the charts that compare their figures.
 *
 * @param waiting how many things wait in all
 */
public record DashboardView(String fullName, Role role, String organisationName, long waiting,
        List<Section> sections, List<Chart> charts) implements Serializable {

    /** The sections where something waits, in the role's order: what the page shows first. */
    public List<Section> open() {
        return sections.stream().filter(s -> !s.isDone()).toList();
    }

    /** The sections where nothing waits (their lines, if any, say a state, like the audit chain's). */
    public List<Section> done() {
        return sections.stream().filter(Section::isDone).toList();
    }

    /** One kind of thing to do, with its total and one line (one link) per subject. */
    public record Section(String kind, long total, List<Agenda.Todo> items) implements Serializable {

        public boolean isDone() {
            return total == 0;
        }
    }
}
