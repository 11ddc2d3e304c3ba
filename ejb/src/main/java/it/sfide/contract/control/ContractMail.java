package it.sfide.contract.control;

import it.sfide.contract.Contract;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The contract's e-mails, each in its reader's language: to the buying body's officers, the operator's members or
 * both. Every template's last argument is the link to the contract's page.
 */
@ApplicationScoped
public class ContractMail {

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    public void toBody(Contract c, String template, Object... args) {
        send(directory.officers(c.getBodyId()), c, template, locale -> args);
    }

    public void toOperator(Contract c, String template, Object... args) {
        send(directory.operators(c.getOperatorId()), c, template, locale -> args);
    }

    /** To both sides; the arguments may depend on the reader's language (dates, titles). */
    public void toBoth(Contract c, String template, Function<Locale, Object[]> args) {
        List<Contact> people = new ArrayList<>(directory.officers(c.getBodyId()));
        people.addAll(directory.operators(c.getOperatorId()));
        send(people, c, template, args);
    }

    private void send(List<Contact> people, Contract c, String template, Function<Locale, Object[]> args) {
        for (Contact p : people) {
            Object[] given = args.apply(p.locale());
            Object[] all = java.util.Arrays.copyOf(given, given.length + 1);
            all[given.length] = links.contract(c.getId());
            mailer.send(p.email(), p.locale(), template, all);
        }
    }
}
