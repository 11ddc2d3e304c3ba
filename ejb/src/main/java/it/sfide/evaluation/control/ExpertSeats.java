package it.sfide.evaluation.control;

import it.sfide.evaluation.Member;
import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.ExpertJoined;
import it.sfide.identity.boundary.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An invited expert registered (or accepted with their account): the committee seats waiting for that invitation
 * become theirs, in the same transaction. The expert must still sign their declaration before seeing anything.
 */
@ApplicationScoped
public class ExpertSeats {

    @Inject
    Evaluations evaluations;

    @Inject
    Directory directory;

    void joined(@Observes ExpertJoined event) {
        List<Person> people = directory.people(List.of(event.accountId()));
        String name = people.isEmpty() ? null : people.get(0).fullName();
        for (Member m : evaluations.byInvitation(event.invitationId())) {
            m.joined(event.accountId(), name == null ? m.getDisplayName() : name);
        }
    }
}
