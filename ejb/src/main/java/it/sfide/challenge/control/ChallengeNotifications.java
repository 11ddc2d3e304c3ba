package it.sfide.challenge.control;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.CoSponsorStatus;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Links;
import it.sfide.platform.mail.Mailer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * E-mails about a challenge, each in the recipient's language: to its followers (and the followers of its body),
 * and, for what concerns everyone involved, to the officers of the buyer and of its co-sponsors.
 */
@Dependent
public class ChallengeNotifications {

    @Inject
    Links links;

    @Inject
    Challenges challenges;

    @Inject
    Directory directory;

    @Inject
    Mailer mailer;

    /** Followers get the mail {@code template}: arguments are the title, the link, then {@code extra}. */
    public int toFollowers(Challenge challenge, String template, Object... extra) {
        return send(directory.contacts(challenges.followers(challenge)), challenge, template, extra);
    }

    /** Followers and the officers of the buyer and accepted co-sponsors, once each. */
    public int toEveryoneInvolved(Challenge challenge, String template, Object... extra) {
        Set<Long> ids = new LinkedHashSet<>(challenges.followers(challenge));
        Set<Contact> contacts = new LinkedHashSet<>(directory.contacts(ids));
        contacts.addAll(directory.officers(challenge.getBuyerId()));
        challenges.coSponsors(challenge.getId()).stream()
                .filter(s -> s.getStatus() == CoSponsorStatus.ACCEPTED)
                .forEach(s -> contacts.addAll(directory.officers(s.getOrganisationId())));
        return send(contacts, challenge, template, extra);
    }

    /** The officers of one body (an invitation to co-sponsor, an approval to give). */
    public int toOfficers(long bodyId, Challenge challenge, String template, Object... extra) {
        return send(directory.officers(bodyId), challenge, template, extra);
    }

    /** One person (the asker of a question). */
    public int toContact(Contact contact, Challenge challenge, String template, Object... extra) {
        return send(java.util.List.of(contact), challenge, template, extra);
    }

    private int send(Collection<Contact> contacts, Challenge challenge, String template, Object... extra) {
        Set<Long> done = new LinkedHashSet<>();
        for (Contact contact : contacts) {
            if (!done.add(contact.accountId())) {
                continue;
            }
            Object[] args = new Object[2 + extra.length];
            args[0] = challenge.title(contact.locale()) == null ? challenge.getOcid()
                    : challenge.title(contact.locale());
            args[1] = link(challenge);
            System.arraycopy(extra, 0, args, 2, extra.length);
            mailer.send(contact.email(), contact.locale(), template, args);
        }
        return done.size();
    }

    public String link(Challenge challenge) {
        return links.challenge(challenge.getId());
    }
}
