package it.sfide.identity.control;

import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentIssuer;
import it.sfide.document.boundary.DocumentView;
import it.sfide.document.boundary.Issue;
import it.sfide.document.boundary.SigningKeys;
import it.sfide.identity.Account;
import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationKind;
import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * Issues the public, sealed certificate that an organisation was verified, in the language of its manager.
 */
@Dependent
public class VerificationCertificates {

    public static final String RECORD = "organisation";

    @Inject
    DocumentIssuer documents;

    @Inject
    Accounts accounts;

    @Inject
    SigningKeys signingKeys;

    /** A verified public body also gets its own seal certificate, for the documents it will issue. */
    public DocumentView issueFor(Organisation organisation) {
        if (organisation.getKind() == OrganisationKind.PUBLIC_BODY) {
            signingKeys.ensureBodySeal(organisation.getId(), organisation.getName());
        }
        Locale locale = accounts.members(organisation.getId()).stream().filter(Account::isOrganisationManager)
                .map(Account::getLocale).findFirst().orElse(Texts.ITALIAN);
        VerificationCertificate certificate = new VerificationCertificate(organisation.getName(),
                organisation.getKind().name(), organisation.getTaxCode(),
                organisation.getIpaCode() != null ? organisation.getIpaCode() : organisation.getVatNumber(),
                organisation.getStatusChangedBy(), organisation.getStatusChangedAt());
        DocumentView issued = documents.issue(new VerificationCertificate.Renderer(), certificate, new Issue(RECORD,
                String.valueOf(organisation.getId()), organisation.getId(), Visibility.PUBLIC, locale));
        // the administrator who verified signs the certificate personally (remote signature, password re-entered)
        accounts.byUsername(organisation.getStatusChangedBy()).ifPresent(admin -> documents.requestSignature(
                issued.protocol(), admin.getId(), Texts.get(locale, "document.organisation-verification.signer")));
        return issued;
    }

    public boolean issued(Organisation organisation) {
        return !documents.ofRecord(RECORD, String.valueOf(organisation.getId())).isEmpty();
    }
}
