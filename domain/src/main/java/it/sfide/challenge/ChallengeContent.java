package it.sfide.challenge;

import it.sfide.identity.ItalianRegion;

import java.math.BigDecimal;
import java.util.List;

/**
 * What buyer officers write in a challenge, as the form and the API send it: any field may still be empty while
 * the challenge is a draft; {@link Challenge#missingForPublication} says what publishing needs. The need and the
 * expected outcomes are written in Italian and in English, like the title and the summary.
 */
public record ChallengeContent(ChallengeType type, String titleIt, String titleEn, String summaryIt,
        String summaryEn, String need, String needEn, String expectedOutcomes, String expectedOutcomesEn,
        BigDecimal budget, BigDecimal awardValue,
        Integer trlMin, Integer trlMax, List<String> themes, ItalianRegion region, List<String> requiredDocuments,
        List<Phase> phases, List<Criterion> criteria, Integer overallThreshold, TieBreak tieBreak,
        boolean blindReview, String cig, String cup) {

    public ChallengeContent {
        themes = themes == null ? List.of() : List.copyOf(themes);
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        phases = phases == null ? List.of() : List.copyOf(phases);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
