package it.sfide.identity.control;

import it.sfide.identity.Account;
import it.sfide.identity.Invitation;
import it.sfide.identity.Organisation;
import it.sfide.platform.Links;
import it.sfide.platform.Settings;
import it.sfide.platform.mail.Mailer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Creates an invitation and mails its link, in the inviter's language. The secret travels only in the mail;
 * the database keeps its SHA-256. The caller has checked who may invite and that the address is free.
 */
@Dependent
public class InvitationSender {

    @Inject
    Links links;

    @Inject
    Accounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public Invitation send(Organisation organisation, String address, Account inviter) {
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(settings.invitationDays()));
        String token = Secrets.newSecret("");
        Invitation invitation = accounts.persist(new Invitation(organisation, address, Secrets.sha256(token),
                inviter.getUsername(), now, expires));
        accounts.flush();
        String link = links.invitation(token);
        mailer.send(address, inviter.getLocale(), "invitation", inviter.getFullName(), organisation.getName(), link,
                Date.from(expires));
        return invitation;
    }
}
