package it.sfide.document.control;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a signing certificate names, as Italian qualified certificates write it (ETSI EN 319 412-1): the given name
 * and surname ({@code GIVENNAME}, {@code SURNAME}; otherwise the common name), the tax code (codice fiscale) in
 * the subject's {@code SERIALNUMBER} as {@code TINIT-<code>} (older certificates: {@code IT:<code>}), and the
 * comparison of a name or a tax code with what another area expects: tax codes case-insensitively, names
 * case- and accent-insensitively in any order of given name and surname.
 */
public final class SignerNames {

    /** What a certificate says of its holder; any part may be null but the subject. */
    public record Identity(String fullName, String givenName, String surname, String commonName,
            String serialNumber, String taxCode, String organisation, String subject, String issuer) {
    }

    /** A personal tax code (16 characters) or a company's (11 digits). */
    private static final Pattern TAX_CODE = Pattern.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}"
            + "[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[0-9]{11}");
    private static final Pattern SEMANTICS = Pattern.compile("TIN[A-Z]{2}-(.+)");
    private static final Set<Character> APOSTROPHES = Set.of('\'', '\u2019', '`', '\u00b4');

    private SignerNames() {
    }

    public static Identity of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String given = value(subject, BCStyle.GIVENNAME);
        String surname = value(subject, BCStyle.SURNAME);
        String common = value(subject, BCStyle.CN);
        String serial = value(subject, BCStyle.SERIALNUMBER);
        String full = given != null && surname != null ? given + " " + surname : common;
        return new Identity(full, given, surname, common, serial, taxCode(serial), value(subject, BCStyle.O),
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName());
    }

    /**
     * The tax code in a certificate's serial number: after {@code TIN<country>-} (the ETSI semantics identifier for
     * a tax identification number), after {@code IT:}, or the value itself when it has the form of an Italian tax
     * code; null otherwise (an identity card's or a passport's number is no tax code).
     */
    public static String taxCode(String serialNumber) {
        if (serialNumber == null || serialNumber.isBlank()) {
            return null;
        }
        String value = serialNumber.strip().toUpperCase(Locale.ROOT);
        var semantics = SEMANTICS.matcher(value);
        if (semantics.matches()) {
            return semantics.group(1).strip();
        }
        if (value.startsWith("IT:")) {
            return value.substring(3).strip();
        }
        return TAX_CODE.matcher(value).matches() ? value : null;
    }

    /** Whether two tax codes are the same, whatever their case and a {@code TINIT-} or {@code IT:} prefix. */
    public static boolean sameTaxCode(String expected, String found) {
        if (expected == null || found == null || expected.isBlank() || found.isBlank()) {
            return false;
        }
        String a = taxCode(expected);
        return (a == null ? expected.strip().toUpperCase(Locale.ROOT) : a).equals(found.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a full name is the certificate's holder: the same words in any order, ignoring case, accents and
     * apostrophes ("D'Angelo" is "DANGELO"), or the same letters as given name and surname written together in
     * either order ("Maria De Luca" is "MARIA DELUCA").
     */
    public static boolean sameName(String expected, Identity identity) {
        if (expected == null || expected.isBlank()) {
            return false;
        }
        List<String> words = words(expected);
        if (words.isEmpty()) {
            return false;
        }
        String compact = String.join("", words);
        if (identity.givenName() != null && identity.surname() != null) {
            List<String> given = words(identity.givenName());
            List<String> surname = words(identity.surname());
            if (sorted(words).equals(sorted(concat(given, surname)))
                    || compact.equals(String.join("", concat(given, surname)))
                    || compact.equals(String.join("", concat(surname, given)))) {
                return true;
            }
        }
        return identity.commonName() != null && (sorted(words).equals(sorted(words(identity.commonName())))
                || compact.equals(String.join("", words(identity.commonName()))));
    }

    /** Lower case, accents and apostrophes removed, split at anything but letters and digits. */
    static List<String> words(String text) {
        StringBuilder folded = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFD).toCharArray()) {
            if (!APOSTROPHES.contains(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c);
            }
        }
        return Arrays.stream(folded.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> sorted(List<String> words) {
        return words.stream().sorted().toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        for (var pair : rdns[0].getTypesAndValues()) {
            if (pair.getType().equals(type)) {
                ASN1Encodable value = pair.getValue();
                String text = value instanceof ASN1String s ? s.getString() : value.toString();
                return text == null || text.isBlank() ? null : text.strip();
            }
        }
        return null;
    }
}
