package it.sfide.identity.control;

import it.sfide.document.spi.DocumentLayout;
import it.sfide.document.spi.DocumentRenderer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The certificate that an organisation was verified by a platform admin: the first Sfide document type.
 *
 * @param organisation the organisation's name
 * @param kind its kind, as a bundle key suffix (PUBLIC_BODY, OPERATOR)
 * @param taxCode its fiscal code
 * @param ipaOrVat its IPA code (public bodies) or VAT number (operators)
 * @param verifiedBy the admin who verified it
 * @param verifiedAt when
 */
public record VerificationCertificate(String organisation, String kind, String taxCode, String ipaOrVat,
        String verifiedBy, Instant verifiedAt) {

    /** Renders the certificate; the type code is also its bundle prefix. */
    public static final class Renderer implements DocumentRenderer<VerificationCertificate> {

        @Override
        public String type() {
            return "organisation-verification";
        }

        /** The administrator who verified signs it personally. */
        @Override
        public int personalSignatures() {
            return 1;
        }

        @Override
        public void write(VerificationCertificate c, DocumentLayout layout) {
            layout.paragraph(layout.text("document.organisation-verification.intro", c.organisation(),
                    layout.dateTime(c.verifiedAt())));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(layout.text("field.organisationName." + c.kind()), c.organisation());
            fields.put(layout.text("field.kind"), layout.text("orgKind." + c.kind()));
            fields.put(layout.text("field.taxCode"), c.taxCode());
            fields.put(layout.text("document.organisation-verification.ipaOrVat"), c.ipaOrVat());
            fields.put(layout.text("document.organisation-verification.verifiedBy"), c.verifiedBy());
            fields.put(layout.text("document.organisation-verification.verifiedAt"), layout.dateTime(c.verifiedAt()));
            layout.heading(layout.text("document.organisation-verification.details")).fields(fields);
            layout.paragraph(layout.text("document.organisation-verification.meaning"));
        }
    }
}
