package it.sfide.contract.control;

import it.sfide.identity.boundary.Directory;
import it.sfide.identity.boundary.LegalRepresentativeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The operator's legal representatives, as the identity area records them on the organisation's page: who may
 * sign a contract for it — on the platform when they have its account, or with their own qualified certificate,
 * matched by tax code or by name.
 */
@ApplicationScoped
public class LegalRepresentatives {

    @Inject
    Directory directory;

    /** A legal representative: name and tax code, as a signer's certificate is matched against. */
    public record Representative(String fullName, String taxCode, Long accountId) {
    }

    public boolean isRepresentative(long organisationId, long accountId) {
        return directory.isLegalRepresentative(organisationId, accountId);
    }

    public List<Representative> of(long organisationId) {
        return views(organisationId).stream().map(r -> new Representative(r.fullName(), r.taxCode(), r.accountId()))
                .toList();
    }

    /** The identity area's records, with their matching rules for certificates. */
    public List<LegalRepresentativeView> views(long organisationId) {
        return directory.legalRepresentatives(organisationId);
    }
}
