package it.sfide.evaluation.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.evaluation.Expertise;
import it.sfide.evaluation.control.Evaluations;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** A person's declared expertise and affiliations, which the assignment and the conflict check use. */
@Stateless
@RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME, Role.EVALUATOR_NAME})
public class ExpertiseService {

    @Inject
    Evaluations evaluations;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    public ExpertiseView mine() {
        Actor me = directory.requireActor();
        return evaluations.expertise(me.accountId()).map(ExpertiseService::view)
                .orElse(new ExpertiseView(List.of(), "", "", null));
    }

    /** Replaces the caller's declaration. */
    @Audited(value = "evaluation.expertise", target = "account")
    public ExpertiseView declare(ExpertiseView form) {
        if (form == null) {
            throw SfideException.invalid("themes", "error.required");
        }
        Actor me = directory.requireActor();
        Expertise e = evaluations.expertise(me.accountId())
                .orElseGet(() -> evaluations.persist(new Expertise(me.accountId(), clock.instant())));
        e.declare(form.themes() == null ? List.of() : form.themes(), form.keywords(), form.affiliations(),
                clock.instant());
        return view(e);
    }

    private static ExpertiseView view(Expertise e) {
        return new ExpertiseView(e.getThemes(), e.keywordText(), e.affiliationText(), e.getUpdatedAt());
    }
}
