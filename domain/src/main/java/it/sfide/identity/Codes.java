package it.sfide.identity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks of the identifiers organisations register with: Italian fiscal codes and VAT numbers (with their check
 * digit), foreign VAT numbers by their country's format, IPA codes and e-mail addresses. Pure functions.
 */
public final class Codes {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern IPA = Pattern.compile("^[a-z0-9_]{2,20}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern GENERIC_VAT = Pattern.compile("^[A-Z0-9]{4,20}$");

    /** VAT number formats, without the country prefix, of the EU member states and a few neighbours. */
    private static final Map<String, Pattern> VAT_FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("^U\\d{8}$")),
            Map.entry("BE", Pattern.compile("^[01]\\d{9}$")),
            Map.entry("BG", Pattern.compile("^\\d{9,10}$")),
            Map.entry("CY", Pattern.compile("^\\d{8}[A-Z]$")),
            Map.entry("CZ", Pattern.compile("^\\d{8,10}$")),
            Map.entry("DE", Pattern.compile("^\\d{9}$")),
            Map.entry("DK", Pattern.compile("^\\d{8}$")),
            Map.entry("EE", Pattern.compile("^\\d{9}$")),
            Map.entry("GR", Pattern.compile("^\\d{9}$")),
            Map.entry("ES", Pattern.compile("^[A-Z0-9]\\d{7}[A-Z0-9]$")),
            Map.entry("FI", Pattern.compile("^\\d{8}$")),
            Map.entry("FR", Pattern.compile("^[A-HJ-NP-Z0-9]{2}\\d{9}$")),
            Map.entry("HR", Pattern.compile("^\\d{11}$")),
            Map.entry("HU", Pattern.compile("^\\d{8}$")),
            Map.entry("IE", Pattern.compile("^\\d[A-Z0-9+*]\\d{5}[A-Z]{1,2}$")),
            Map.entry("LT", Pattern.compile("^(\\d{9}|\\d{12})$")),
            Map.entry("LU", Pattern.compile("^\\d{8}$")),
            Map.entry("LV", Pattern.compile("^\\d{11}$")),
            Map.entry("MT", Pattern.compile("^\\d{8}$")),
            Map.entry("NL", Pattern.compile("^\\d{9}B\\d{2}$")),
            Map.entry("PL", Pattern.compile("^\\d{10}$")),
            Map.entry("PT", Pattern.compile("^\\d{9}$")),
            Map.entry("RO", Pattern.compile("^\\d{2,10}$")),
            Map.entry("SE", Pattern.compile("^\\d{12}$")),
            Map.entry("SI", Pattern.compile("^\\d{8}$")),
            Map.entry("SK", Pattern.compile("^\\d{10}$")),
            Map.entry("CH", Pattern.compile("^E\\d{9}(MWST|TVA|IVA)?$")),
            Map.entry("GB", Pattern.compile("^(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})$")),
            Map.entry("NO", Pattern.compile("^\\d{9}(MVA)?$")));

    private Codes() {
    }

    /** Upper case, without spaces, dots and dashes: how codes are stored and compared. */
    public static String normalise(String code) {
        return code == null ? null : code.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    public static boolean isIpaCode(String value) {
        return value != null && IPA.matcher(value).matches();
    }

    public static boolean isCountry(String value) {
        return value != null && COUNTRY.matcher(value).matches();
    }

    /**
     * An Italian fiscal code: 11 digits for companies and public bodies (the same algorithm as the VAT number),
     * or 16 characters for natural persons such as sole traders, each with its check character.
     */
    public static boolean isItalianFiscalCode(String code) {
        if (code == null) {
            return false;
        }
        if (code.length() == 11) {
            return isItalianVatNumber(code);
        }
        return code.length() == PersonalTaxCode.LENGTH && PersonalTaxCode.isValid(code);
    }

    /** An Italian partita IVA: 11 digits, the last one a Luhn-style check digit. */
    public static boolean isItalianVatNumber(String code) {
        if (code == null || !code.matches("\\d{11}") || code.startsWith("0000000")) {
            return false;
        }
        return italianVatCheckDigit(code.substring(0, 10)) == code.charAt(10) - '0';
    }

    /** The check digit of a partita IVA whose first ten digits are given. */
    public static int italianVatCheckDigit(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = firstTen.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** A random, valid partita IVA (test and load data). */
    public static String randomItalianVatNumber(java.util.Random random) {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 0; i < 9; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.append(italianVatCheckDigit(digits.toString())).toString();
    }

    /** A VAT number of the given country, without its country prefix; Italian ones with their check digit. */
    public static boolean isVatNumber(String country, String vat) {
        if (vat == null || country == null) {
            return false;
        }
        String number = vat.startsWith(country) ? vat.substring(country.length()) : vat;
        if ("IT".equals(country)) {
            return isItalianVatNumber(number);
        }
        Pattern format = VAT_FORMATS.get(country);
        return format != null ? format.matcher(number).matches() : GENERIC_VAT.matcher(number).matches();
    }
}
