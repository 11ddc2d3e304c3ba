package it.sfide.demo;

import it.sfide.document.SignatureRequest;
import it.sfide.document.control.Countersigner;
import it.sfide.identity.Account;
import it.sfide.identity.ItalianRegion;
import it.sfide.identity.LegalRepresentative;
import it.sfide.identity.OperatorType;
import it.sfide.identity.Organisation;
import it.sfide.identity.PasswordPolicy;
import it.sfide.identity.PersonalTaxCode;
import it.sfide.identity.RepresentativeDetails;
import it.sfide.identity.control.Accounts;
import it.sfide.identity.control.InvitationSender;
import it.sfide.identity.control.LegalRepresentatives;
import it.sfide.identity.control.PasswordHasher;
import it.sfide.identity.control.VerificationCertificates;
import it.sfide.platform.Settings;
import it.sfide.shared.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads, once and idempotently, the demo dataset (on by default with the embedded database, see
 * {@link Settings#demoMode()}). Each item is created only if missing, so a restart changes nothing. (A real
 * installation's first admin is identity's {@code FirstAdmin}.)
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "PlatformKeys"})
public class DemoData {

    static final String INVITED = "nuovo.collega@regione.lombardia.example";
    /** Every demo legal representative's birth date: their tax codes are fictitious, made by the real algorithm. */
    private static final LocalDate DEMO_BIRTH = LocalDate.of(1980, 1, 1);
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Settings settings;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    InvitationSender invitations;

    @Inject
    LegalRepresentatives representatives;

    @Inject
    VerificationCertificates certificates;

    @Inject
    Countersigner countersigner;

    @Inject
    DemoChallenges challengeDemo;

    @Inject
    DemoCommunities communityDemo;

    @Inject
    DemoProposals proposalDemo;

    @Inject
    DemoEvaluations evaluationDemo;

    @Inject
    DemoContracts contractDemo;

    @Inject
    DemoPcp pcpDemo;

    @Inject
    DemoReuse reuseDemo;

    @Inject
    Clock clock;

    private Instant now;
    private String demoHash;

    @PostConstruct
    void load() {
        if (settings.demoMode()) {
            now = clock.instant();
            loadDemo();
        }
    }

    private void loadDemo() {
        demoHash = hasher.hash(PasswordPolicy.DEMO_PASSWORD);
        Organisation lombardia = body("Regione Lombardia", "r_lombar", "80050050154",
                "presidenza@pec.regione.lombardia.it", ItalianRegion.LOMBARDIA);
        Organisation milano = body("Comune di Milano", "c_f205", "01199250158",
                "protocollo@postacert.comune.milano.it", ItalianRegion.LOMBARDIA);
        Organisation agid = body("Agenzia per l'Italia Digitale", "agid", "97735020584", "protocollo@pec.agid.gov.it",
                ItalianRegion.LAZIO);
        Organisation startup = operator("Nuvola Civica S.r.l.", OperatorType.STARTUP, "12345670892",
                "info@nuvolacivica.example");
        Organisation university = operator("Politecnico di Milano", OperatorType.UNIVERSITY, "80057930150",
                "innovazione@polimi.example");
        Organisation sme = operator("Dati & Territorio S.p.A.", OperatorType.SME, "09876540320",
                "gare@datiterritorio.example");
        Organisation pending = operator("Laboratorio Aperto Soc. Coop.", OperatorType.SME, "11223340453",
                "segreteria@laboratorioaperto.example");
        for (Organisation verified : new Organisation[] {lombardia, milano, agid, startup, university, sme}) {
            if (!verified.isVerified()) {
                verified.verify("admin", now);
            }
        }
        account("admin", "Amministratore Sfide", Role.ADMIN, null, false, Locale.ITALIAN);
        account("buyer1", "Giulia Bianchi", Role.BUYER, lombardia, true, Locale.ITALIAN);
        account("buyer2", "Marco Rossi", Role.BUYER, lombardia, false, Locale.ITALIAN);
        account("buyer3", "Francesca Colombo", Role.BUYER, milano, true, Locale.ITALIAN);
        account("buyer4", "Alessandro Galli", Role.BUYER, milano, false, Locale.ENGLISH);
        account("operator1", "Luca Ferrari", Role.OPERATOR, startup, true, Locale.ITALIAN);
        account("operator2", "Elena Ricci", Role.OPERATOR, university, true, Locale.ENGLISH);
        account("operator3", "Paolo Greco", Role.OPERATOR, sme, true, Locale.ITALIAN);
        account("operator4", "Sara Conti", Role.OPERATOR, pending, true, Locale.ITALIAN);
        account("evaluator1", "Anna Moretti", Role.EVALUATOR, null, false, Locale.ITALIAN);
        account("evaluator2", "Davide Romano", Role.EVALUATOR, null, false, Locale.ITALIAN);
        account("evaluator3", "Chiara Gallo", Role.EVALUATOR, null, false, Locale.ENGLISH);
        account("evaluator4", "Stefano Costa", Role.EVALUATOR, null, false, Locale.ITALIAN);
        for (Organisation verified : new Organisation[] {lombardia, milano, agid, startup, university, sme}) {
            if (!certificates.issued(verified)) {
                certificates.issueFor(verified);
            }
        }
        // the verifying administrator has signed two of the certificates personally; the others wait for it
        Account admin = accounts.byUsername("admin").orElseThrow();
        List<SignatureRequest> waiting = countersigner.pendingFor(admin.getId());
        if (waiting.size() == 6) {
            for (SignatureRequest request : waiting.subList(0, 2)) {
                countersigner.sign(request, admin.getId(), admin.getFullName(), null, PasswordPolicy.DEMO_PASSWORD);
            }
        }
        if (!accounts.everInvited(INVITED) && !accounts.emailTaken(INVITED)) {
            // an invitation waiting in the outbox: its link lets a newcomer try joining an organisation
            invitations.send(lombardia, INVITED, accounts.byUsername("buyer1").orElseThrow());
        }
        accounts.flush(); // the organisations' ids, on MariaDB too
        representative(lombardia, "buyer1", "Giulia", "Bianchi", true, "F205", "Dirigente delegata ai contratti");
        representative(milano, "buyer3", "Francesca", "Colombo", true, "F205", "Dirigente delegata ai contratti");
        representative(agid, null, "Andrea", "Fontana", false, "H501", "Direttore generale");
        representative(startup, "operator1", "Luca", "Ferrari", false, "F205", "Amministratore unico");
        representative(university, "operator2", "Elena", "Ricci", true, "F205", "Legale rappresentante");
        representative(sme, "operator3", "Paolo", "Greco", false, "F205", "Amministratore delegato");
        representative(pending, "operator4", "Sara", "Conti", true, "F205", "Presidente");
        challengeDemo.load(lombardia, milano, accounts.byUsername("operator1").orElseThrow(),
                accounts.byUsername("operator2").orElseThrow(), accounts.byUsername("operator3").orElseThrow(), now);
        communityDemo.load(accounts.byUsername("buyer1").orElseThrow(), accounts.byUsername("buyer3").orElseThrow(),
                accounts.byUsername("operator1").orElseThrow(), accounts.byUsername("operator2").orElseThrow(),
                accounts.byUsername("operator3").orElseThrow(), challengeDemo.pcpId(), now);
        proposalDemo.load(accounts.byUsername("operator1").orElseThrow(),
                accounts.byUsername("operator2").orElseThrow(), accounts.byUsername("operator3").orElseThrow(),
                accounts.byUsername("buyer3").orElseThrow(), now);
        Map<String, Account> people = new LinkedHashMap<>();
        for (String user : List.of("buyer1", "buyer2", "buyer3", "buyer4", "operator1", "operator2", "operator3",
                "evaluator1", "evaluator2", "evaluator3", "evaluator4")) {
            people.put(user, accounts.byUsername(user).orElseThrow());
        }
        long started = System.nanoTime();
        evaluationDemo.load(lombardia, milano, people, now);
        contractDemo.load(people, now);
        pcpDemo.load(lombardia, people, now);
        reuseDemo.load(people, now);
        LOG.info(() -> "Demo evaluations, contracts, PCP and reuse catalogue present ("
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        LOG.info("Demo dataset present (accounts and password in README.md)");
    }

    private Organisation body(String name, String ipa, String taxCode, String pec, ItalianRegion region) {
        return accounts.organisationByTaxCode("IT", taxCode)
                .orElseGet(() -> accounts.persist(Organisation.publicBody(name, ipa, taxCode, pec, region, now)));
    }

    private Organisation operator(String name, OperatorType type, String taxCode, String email) {
        return accounts.organisationByTaxCode("IT", taxCode).orElseGet(() -> accounts.persist(
                Organisation.operator(name, type, "IT", taxCode, taxCode, email, now)));
    }

    private void account(String username, String fullName, Role role, Organisation organisation, boolean manager,
            Locale locale) {
        if (accounts.usernameTaken(username)) {
            return;
        }
        Account account = new Account(username, username + "@demo.sfide.localhost", fullName, demoHash, role,
                organisation, locale, now);
        if (manager) {
            account.makeOrganisationManager();
        }
        accounts.persist(account);
    }

    /**
     * The organisation's legal representative, unless it has one: the demo account {@code username} (recorded by
     * them), or a person without an account (recorded by {@code admin}).
     */
    private void representative(Organisation organisation, String username, String givenName, String familyName,
            boolean female, String placeOfBirth, String title) {
        if (!representatives.of(organisation.getId()).isEmpty()) {
            return;
        }
        Account person = username == null ? null : accounts.byUsername(username).orElseThrow();
        Account recorder = person != null ? person : accounts.byUsername("admin").orElseThrow();
        String taxCode = PersonalTaxCode.of(familyName, givenName, DEMO_BIRTH, female, placeOfBirth);
        representatives.persist(new LegalRepresentative(organisation, new RepresentativeDetails(givenName, familyName,
                taxCode, null, null, title), person, recorder, now));
    }
}
