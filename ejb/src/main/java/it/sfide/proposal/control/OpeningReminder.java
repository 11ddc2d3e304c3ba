package it.sfide.proposal.control;

import it.sfide.challenge.boundary.PhaseClosed;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.shared.Bilingual;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** When a phase closes, its body's officers learn how many proposals wait for the opening, and where to open them. */
@Dependent
public class OpeningReminder {

    @Inject
    Links links;

    @Inject
    Proposals proposals;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    void closed(@Observes PhaseClosed event) {
        long submitted = proposals.submitted(event.challengeId(), event.phase());
        String link = links.opening(event.challengeId(), event.phase());
        for (Contact c : directory.officers(event.buyerId())) {
            mailer.send(c.email(), c.locale(), "openingDue", Bilingual.pick(c.locale(), event.titleIt(),
                    event.titleEn()), event.phase(), submitted, link);
        }
    }
}
