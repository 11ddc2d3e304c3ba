package it.sfide.challenge.boundary;

import java.util.List;

/**
 * A consultation's answers, aggregated for the buyer: per question the count of each option (choice questions) or
 * the texts (free-text questions), out of how many organisations answered.
 */
public record ConsultationResults(long challengeId, int respondents, List<QuestionResult> questions) {

    /** One question's aggregate. */
    public record QuestionResult(QuestionForm question, List<OptionCount> options, List<String> texts) {
    }

    /** How many organisations chose an option, and their share of the respondents (0-100). */
    public record OptionCount(String labelIt, String labelEn, int count, int percent) {
    }
}
