package it.sfide.identity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Italian tax code of a natural person (codice fiscale, DM 23/12/1976): 16 characters, three letters of the
 * surname, three of the given name, year, month letter, day (plus 40 for women), the municipality or foreign
 * country of birth (Belfiore code) and a check character. When two people would get the same code the Agenzia delle
 * Entrate replaces digits from the right with letters (omocodia: 0→L, 1→M, … 9→V); such codes are valid and their
 * check character is computed on the letters. Pure functions.
 */
public final class PersonalTaxCode {

    /** A personal tax code's length. */
    public static final int LENGTH = 16;

    /** The shape, omocodia letters allowed where digits stand. */
    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$");
    private static final Pattern BELFIORE = Pattern.compile("^[A-Z][0-9]{3}$");
    private static final String MONTHS = "ABCDEHLMPRST";
    /** Values of the characters in odd positions (1st, 3rd, ...), for digits and letters alike (0=A ... 9=J). */
    private static final int[] ODD_VALUES = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
        16, 10, 22, 25, 24, 23};

    /** What is wrong with a code, if anything. */
    public enum Problem {
        /** Not 16 characters of the right kinds in the right places. */
        SHAPE,
        /** Well formed, but the last character is not the check character of the first fifteen. */
        CHECK_CHARACTER
    }

    private PersonalTaxCode() {
    }

    /** How codes are stored and compared: upper case, without spaces, dots and dashes; null stays null. */
    public static String normalise(String code) {
        return Codes.normalise(code);
    }

    /** The problem of an already {@link #normalise normalised} code, or null when it is valid. */
    public static Problem problem(String code) {
        if (code == null || !SHAPE.matcher(code).matches()) {
            return Problem.SHAPE;
        }
        return checkCharacter(code.substring(0, 15)) == code.charAt(15) ? null : Problem.CHECK_CHARACTER;
    }

    /** Whether the (normalised) code is a valid personal tax code, omocodia included. */
    public static boolean isValid(String code) {
        return problem(code) == null;
    }

    /** The check character of the first fifteen characters of a code (upper case letters and digits). */
    public static char checkCharacter(CharSequence firstFifteen) {
        if (firstFifteen.length() != 15) {
            throw new IllegalArgumentException("fifteen characters expected: " + firstFifteen);
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = firstFifteen.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            if (index < 0 || index > 25) {
                throw new IllegalArgumentException("not a tax code character: " + c);
            }
            // positions are counted from 1: the odd ones (index 0, 2, ...) use the odd table
            sum += (i % 2 == 0) ? ODD_VALUES[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /**
     * The code the algorithm gives a person (without omocodia): for demo and test data, and to tell a person whose
     * code differs from their name (a typo is the likelier cause).
     *
     * @param placeOfBirth the Belfiore code of the municipality (e.g. F205 Milano) or Z + three digits for a
     *                     foreign country
     */
    public static String of(String familyName, String givenName, LocalDate birthDate, boolean female,
            String placeOfBirth) {
        Objects.requireNonNull(birthDate);
        if (placeOfBirth == null || !BELFIORE.matcher(placeOfBirth).matches()) {
            throw new IllegalArgumentException("not a Belfiore code: " + placeOfBirth);
        }
        String first15 = surnamePart(familyName) + givenNamePart(givenName)
                + String.format(Locale.ROOT, "%02d", birthDate.getYear() % 100)
                + MONTHS.charAt(birthDate.getMonthValue() - 1)
                + String.format(Locale.ROOT, "%02d", birthDate.getDayOfMonth() + (female ? 40 : 0))
                + placeOfBirth;
        return first15 + checkCharacter(first15);
    }

    /** Consonants, then vowels, then X: the first three. */
    static String surnamePart(String familyName) {
        String letters = letters(familyName);
        return (consonants(letters) + vowels(letters) + "XXX").substring(0, 3);
    }

    /** As the surname's, except that a name of four or more consonants gives its first, third and fourth. */
    static String givenNamePart(String givenName) {
        String letters = letters(givenName);
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + vowels(letters) + "XXX").substring(0, 3);
    }

    /** The letters A–Z of a name, accents removed (Nicolò → NICOLO), anything else dropped. */
    private static String letters(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is needed");
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static String consonants(String letters) {
        return letters.replaceAll("[AEIOU]", "");
    }

    private static String vowels(String letters) {
        return letters.replaceAll("[^AEIOU]", "");
    }
}
