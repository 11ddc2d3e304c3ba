package it.sfide.reuse.control;

import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import it.sfide.reuse.CatalogueEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The reuse catalogue's e-mails to the owning body's officers, each in their language; every template's last
 * argument is the link to the entry's page.
 */
@ApplicationScoped
public class ReuseMail {

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    /** Another body declared its interest: who, for which body, and their message. */
    public void interest(CatalogueEntry e, String person, String body, String message) {
        toOwner(e, "reuseInterest", locale -> new Object[] {person, body, e.getName(), message});
    }

    /** Another body uses the solution: which body, since when, where. */
    public void adoption(CatalogueEntry e, String body, LocalDate since, String whereInUse) {
        toOwner(e, "reuseAdoption", locale -> new Object[] {body, e.getName(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(since), whereInUse});
    }

    private void toOwner(CatalogueEntry e, String template, Function<Locale, Object[]> args) {
        String link = links.reuseEntry(e.getId());
        for (Contact officer : directory.officers(e.getBodyId())) {
            Object[] given = args.apply(officer.locale());
            Object[] all = Arrays.copyOf(given, given.length + 1);
            all[given.length] = link;
            mailer.send(officer.email(), officer.locale(), template, all);
        }
    }
}
