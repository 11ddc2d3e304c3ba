package it.sfide.identity;

import it.sfide.shared.ValidationFailure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a legal representative is, checked and normalised when made (every problem at once, each on its field):
 * given name and surname (kept apart, as signature certificates keep them), the Italian tax code (16 characters with
 * its check character, omocodia allowed, upper case) and, for a person without one, an identifier of their own
 * country (a foreign tax number, an identity card or passport number) with that country (ISO 3166 alpha-2, not IT).
 * One of the two is required; a foreigner who has an Italian tax code may give both. {@code title} is the office the
 * person holds ("Amministratore unico", "Legale rappresentante", "Rettore").
 */
public record RepresentativeDetails(String givenName, String familyName, String taxCode, String foreignCountry,
        String foreignId, String title) {

    public static final int NAME_MAX = 100;
    public static final int TITLE_MAX = 100;
    public static final int FOREIGN_ID_MAX = 30;
    private static final Pattern FOREIGN_ID = Pattern.compile("^[A-Z0-9][A-Z0-9./-]{2,29}$");

    public RepresentativeDetails {
        givenName = text(givenName);
        familyName = text(familyName);
        title = text(title);
        taxCode = emptyToNull(PersonalTaxCode.normalise(taxCode));
        foreignCountry = emptyToNull(foreignCountry == null ? null : foreignCountry.strip().toUpperCase(Locale.ROOT));
        foreignId = emptyToNull(foreignId == null ? null
                : foreignId.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        ValidationFailure.Collector problems = new ValidationFailure.Collector();
        name(problems, "givenName", givenName);
        name(problems, "familyName", familyName);
        if (taxCode != null) {
            PersonalTaxCode.Problem problem = PersonalTaxCode.problem(taxCode);
            problems.check(problem != PersonalTaxCode.Problem.SHAPE, "taxCode", "error.legalRep.taxCode.format")
                    .check(problem != PersonalTaxCode.Problem.CHECK_CHARACTER, "taxCode",
                            "error.legalRep.taxCode.check");
        }
        if (foreignCountry != null || foreignId != null) {
            problems.check(foreignCountry != null, "foreignCountry", "error.required")
                    .check(foreignCountry == null || Codes.isCountry(foreignCountry) && !"IT".equals(foreignCountry),
                            "foreignCountry", "error.legalRep.foreignCountry.format")
                    .check(foreignId != null, "foreignId", "error.required")
                    .check(foreignId == null || FOREIGN_ID.matcher(foreignId).matches(), "foreignId",
                            "error.legalRep.foreignId.format", FOREIGN_ID_MAX);
        } else if (taxCode == null) {
            problems.add("taxCode", "error.legalRep.identifier.required");
        }
        problems.check(!title.isEmpty(), "title", "error.required")
                .check(title.length() <= TITLE_MAX, "title", "error.tooLong", TITLE_MAX)
                .throwIfAny();
    }

    /** Given name and surname, as people write them. */
    public String fullName() {
        return givenName + " " + familyName;
    }

    private static void name(ValidationFailure.Collector problems, String field, String value) {
        problems.check(!value.isEmpty(), field, "error.required")
                .check(value.length() <= NAME_MAX, field, "error.tooLong", NAME_MAX)
                .check(value.isEmpty() || value.codePoints().anyMatch(Character::isLetter), field,
                        "error.legalRep.name.letters");
    }

    /** Stripped, inner runs of white space made one space, control characters dropped; never null. */
    private static String text(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
