package it.sfide.identity.boundary;

import it.sfide.identity.ItalianRegion;
import it.sfide.identity.OperatorType;
import it.sfide.identity.Organisation;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.OrganisationStatus;

import java.time.Instant;

/** An organisation as pages and the API show it. */
public record OrganisationView(long id, OrganisationKind kind, String name, String country, String taxCode,
        String vatNumber, String ipaCode, String pec, ItalianRegion region, OperatorType operatorType,
        String contactEmail, OrganisationStatus status, String statusReason, Instant createdAt) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.getKind(), o.getName(), o.getCountry(), o.getTaxCode(),
                o.getVatNumber(), o.getIpaCode(), o.getPec(), o.getRegion(), o.getOperatorType(), o.getContactEmail(),
                o.getStatus(), o.getStatusReason(), o.getCreatedAt());
    }

    public boolean verified() {
        return status == OrganisationStatus.VERIFIED;
    }
}
