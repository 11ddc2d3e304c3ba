package it.sfide.evaluation.boundary;

/**
 * Where a proposal of a blind challenge may give its applicant away: its sections, a file's name, a file's text or
 * a file's metadata names the applicant or a consortium partner. The names are shown only to the buying body's
 * officers; the chair sees where, not who.
 *
 * @param where {@code sections}, {@code fileName}, {@code fileText} or {@code fileMetadata}
 * @param fileNo the file, or null for the sections
 * @param names the names found; empty for the chair of a blind committee
 */
public record AnonymityWarning(long candidateId, String code, String where, Integer fileNo, java.util.List<String> names) {
}
