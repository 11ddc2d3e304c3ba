package it.sfide.reuse.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.boundary.ContractService;
import it.sfide.contract.boundary.ContractView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Contact;
import it.sfide.identity.boundary.Directory;
import it.sfide.reuse.Adoption;
import it.sfide.reuse.CatalogueEntry;
import it.sfide.reuse.EntryDetails;
import it.sfide.reuse.Interest;
import it.sfide.reuse.control.Entries;
import it.sfide.reuse.control.EntrySearch;
import it.sfide.reuse.control.EntryViews;
import it.sfide.reuse.control.PublicCodeGenerator;
import it.sfide.reuse.control.PublicCodes;
import it.sfide.reuse.control.ReuseMail;
import it.sfide.shared.ErrorKind;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reuse catalogue. Anyone searches it, reads an entry and downloads its {@code publiccode.yml}. An officer of
 * the buying body publishes the solution of a completed contract (once) and keeps the entry up to date; officers of
 * other public bodies declare their interest (the owning body's officers are e-mailed and read who is interested)
 * and record that they use it (shown to anyone as "in use at"). An entry that is not the caller's to change, or to
 * read the interest of, answers as one that does not exist.
 */
@Stateless
@RolesAllowed(Role.BUYER_NAME)
public class CatalogueService {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    Entries entries;

    @Inject
    EntrySearch search;

    @Inject
    EntryViews views;

    @Inject
    ReuseMail mail;

    @Inject
    Directory directory;

    @Inject
    ContractService contracts;

    @Inject
    ChallengeCatalogue challenges;

    @Inject
    Clock clock;

    /** The {@code publiccode.yml} of an entry: its name and UTF-8 bytes. */
    public record PublicCodeFile(String name, byte[] content) {
    }

    /** One page of entries with the total, newest first. */
    @PermitAll
    public EntryPage search(ReuseQuery query) {
        List<EntrySummary> items = search.page(query);
        long total = items.size() < query.size() && query.page() == 0 ? items.size() : search.count(query);
        Set<Long> organisations = new HashSet<>();
        items.forEach(i -> {
            organisations.add(i.bodyId());
            organisations.add(i.operatorId());
        });
        Map<Long, String> names = directory.organisationNames(organisations);
        Map<Long, Long> adoptions = entries.adoptionCounts(items.stream().map(EntrySummary::id).toList());
        return new EntryPage(items.stream().map(i -> i.with(names.get(i.bodyId()), names.get(i.operatorId()),
                adoptions.getOrDefault(i.id(), 0L))).toList(), total, query.page(), query.size());
    }

    /** How many entries match, for a pager that asks before loading a page. */
    @PermitAll
    public long count(ReuseQuery query) {
        return search.count(query);
    }

    /** An entry, for anyone. */
    @PermitAll
    public EntryView get(long id) {
        return views.view(require(id), directory.currentActor().orElse(null));
    }

    /** The entry's {@code publiccode.yml} (standard 0.4), generated from what it says now, for anyone. */
    @PermitAll
    public PublicCodeFile publiccode(long id) {
        CatalogueEntry e = require(id);
        List<String> adopters = adopterNames(e);
        return new PublicCodeFile(PublicCodeGenerator.FILE_NAME, PublicCodeGenerator.utf8(PublicCodes.record(e,
                owner(e.getBodyId()), directory.organisationName(e.getOperatorId()), adopters)));
    }

    /** The licences the entries use (each SPDX identifier once), for the catalogue's filter. */
    @PermitAll
    public List<String> licences() {
        return entries.licenceIdentifiers();
    }

    /** The public bodies that own entries, by name, for the catalogue's filter. */
    @PermitAll
    public List<Directory.BodyView> bodies() {
        return directory.organisationNames(entries.owningBodies()).entrySet().stream()
                .map(n -> new Directory.BodyView(n.getKey(), n.getValue()))
                .sorted(Comparator.comparing(Directory.BodyView::name)).toList();
    }

    /** The entry of a contract's solution, if it was published: for the contract's parties. */
    @RolesAllowed({Role.BUYER_NAME, Role.OPERATOR_NAME})
    public Optional<Long> entryOfContract(long contractId) {
        contracts.get(contractId);
        return entries.ofContract(contractId).map(CatalogueEntry::getId);
    }

    /**
     * The publishing form of a completed contract's solution, filled in with what the contract and its challenge
     * say (an officer of the buying body; refused as {@link #publish} would refuse it).
     */
    public EntryForm draft(long contractId) {
        ContractView c = publishable(contractId);
        Actor me = directory.requireActor();
        ChallengeView challenge = challenges.get(c.challengeId());
        LocalDate completed = c.completedAt() == null ? today() : c.completedAt().atZone(ROME).toLocalDate();
        return new EntryForm(contractId, challenge.title(me.locale()), null, null, "EUPL-1.2", "standalone/web",
                "stable", List.of(), List.of("web"), List.of("it"), null, completed, c.endsOn(), false,
                new EntryDetails.Description(challenge.summaryIt(), c.object(), List.of()),
                new EntryDetails.Description(challenge.summaryEn(), null, List.of()));
    }

    /**
     * An officer of the buying body publishes the solution of a completed contract: once per contract, every
     * problem of the form on its field; refused (409) while the contract is not completed.
     */
    @Audited(value = "reuse.publish", target = "contract")
    public EntryView publish(Long contractId, EntryForm form) {
        Actor me = directory.requirePublishingActor();
        if (contractId == null) {
            throw SfideException.invalid("contractId", "error.required");
        }
        ContractView c = publishable(contractId);
        EntryDetails details = detailsOf(form);
        Directory.PublicBodyView owner = owner(c.bodyId());
        PublicCodes.requireValid(details, owner, c.operatorName());
        ChallengeView challenge = challenges.get(c.challengeId());
        CatalogueEntry e = entries.persist(new CatalogueEntry(contractId, c.challengeId(), c.bodyId(),
                c.operatorId(), owner.region(), challenge.themes(), details, me.accountId(), clock.instant()),
                "reuse.error.alreadyPublished");
        entries.reindex(e, e.searchTerms(owner.name(), c.operatorName()));
        return views.view(e, me);
    }

    /** An officer of the owning body changes the entry: every problem on its field, nothing changed when any. */
    @Audited(value = "reuse.edit", target = "reuseEntry")
    public EntryView update(long id, EntryForm form) {
        Actor me = directory.requirePublishingActor();
        CatalogueEntry e = entries.lock(id).filter(x -> me.isOfficerOf(x.getBodyId()))
                .orElseThrow(CatalogueService::notFound);
        EntryDetails details = detailsOf(form);
        Directory.PublicBodyView owner = owner(e.getBodyId());
        String operator = directory.organisationName(e.getOperatorId());
        PublicCodes.requireValid(details, owner, operator);
        e.edit(details, me.accountId(), clock.instant());
        entries.reindex(e, e.searchTerms(owner.name(), operator));
        return views.view(e, me);
    }

    /**
     * An officer of another public body declares its interest, with a message: once per body; the owning body's
     * officers are e-mailed in their language with who, the message and the link.
     */
    @Audited(value = "reuse.interest", target = "reuseEntry")
    public EntryView declareInterest(long id, String message) {
        Actor me = directory.requirePublishingActor();
        CatalogueEntry e = otherBodys(id, me);
        if (entries.interestOf(id, me.organisationId()).isPresent()) {
            throw SfideException.conflict("reuse.error.alreadyInterested");
        }
        Interest interest = entries.persist(new Interest(e, me.organisationId(), me.accountId(), message,
                clock.instant()), "reuse.error.alreadyInterested");
        mail.interest(e, me.fullName(), me.organisationName(), interest.getMessage());
        return views.view(e, me);
    }

    /** Who declared interest, latest first: for the owning body's officers only (others: not found). */
    @Audited(value = "reuse.interests", target = "reuseEntry")
    public List<InterestView> interests(long id) {
        Actor me = directory.requireActor();
        CatalogueEntry e = entries.find(id).filter(x -> me.isOfficerOf(x.getBodyId()))
                .orElseThrow(CatalogueService::notFound);
        List<Interest> interests = entries.interests(e.getId());
        Map<Long, Contact> people = directory.contacts(interests.stream().map(Interest::getAccountId).toList())
                .stream().collect(Collectors.toMap(Contact::accountId, Function.identity()));
        Map<Long, String> bodies = directory.organisationNames(interests.stream().map(Interest::getBodyId).toList());
        return interests.stream().map(i -> {
            Contact who = people.get(i.getAccountId());
            return new InterestView(i.getId(), i.getBodyId(), bodies.get(i.getBodyId()),
                    who == null ? null : who.fullName(), who == null ? null : who.email(), i.getMessage(),
                    i.getDeclaredAt());
        }).toList();
    }

    /**
     * An officer of another public body records that it uses the solution: once per body; shown to anyone on the
     * entry and in its {@code publiccode.yml}; the owning body's officers are e-mailed.
     */
    @Audited(value = "reuse.adopt", target = "reuseEntry")
    public EntryView recordAdoption(long id, AdoptionForm form) {
        Actor me = directory.requirePublishingActor();
        CatalogueEntry e = otherBodys(id, me);
        if (entries.adoptionOf(id, me.organisationId()).isPresent()) {
            throw SfideException.conflict("reuse.error.alreadyAdopted");
        }
        AdoptionForm f = form == null ? new AdoptionForm(null, null, null) : form;
        Adoption adoption = entries.persist(new Adoption(e, me.organisationId(), me.accountId(), f.since(),
                f.whereInUse(), f.url(), today(), clock.instant()), "reuse.error.alreadyAdopted");
        mail.adoption(e, me.organisationName(), adoption.getSince(), adoption.getWhereInUse());
        return views.view(e, me);
    }

    /** An entry of the catalogue, or the answer of one that does not exist. */
    private CatalogueEntry require(long id) {
        return entries.find(id).orElseThrow(CatalogueService::notFound);
    }

    /** The entry, locked, for an officer of a public body other than its owner (the owner: 409). */
    private CatalogueEntry otherBodys(long id, Actor me) {
        CatalogueEntry e = entries.lock(id).orElseThrow(CatalogueService::notFound);
        if (e.isOwnedBy(me.organisationId())) {
            throw SfideException.conflict("reuse.error.ownBody");
        }
        if (!EntryViews.isOtherBodysOfficer(me, e)) {
            throw new SfideException(ErrorKind.FORBIDDEN, "reuse.error.publicBodiesOnly");
        }
        return e;
    }

    /** A contract of the caller's body, completed and not yet in the catalogue. */
    private ContractView publishable(long contractId) {
        ContractView c = contracts.get(contractId);
        if (!c.caller().officer()) {
            throw SfideException.forbidden();
        }
        if (c.status() != ContractStatus.COMPLETED) {
            throw SfideException.conflict("reuse.error.notCompleted");
        }
        if (entries.ofContract(contractId).isPresent()) {
            throw SfideException.conflict("reuse.error.alreadyPublished");
        }
        return c;
    }

    private Directory.PublicBodyView owner(long bodyId) {
        return directory.publicBody(bodyId).orElseThrow(CatalogueService::notFound);
    }

    private List<String> adopterNames(CatalogueEntry e) {
        List<Adoption> adoptions = entries.adoptions(e.getId());
        Map<Long, String> names = directory.organisationNames(adoptions.stream().map(Adoption::getBodyId).toList());
        List<String> adopters = new ArrayList<>();
        adoptions.forEach(a -> adopters.add(names.get(a.getBodyId())));
        return adopters;
    }

    private static EntryDetails detailsOf(EntryForm form) {
        return (form == null ? new EntryForm(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null) : form).details();
    }

    private LocalDate today() {
        return clock.instant().atZone(ROME).toLocalDate();
    }

    private static SfideException notFound() {
        return SfideException.notFound("reuse.error.notFound");
    }
}
