package it.sfide.challenge.boundary;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.identity.ItalianRegion;
import it.sfide.shared.Bilingual;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** One line of the catalogue, read with a constructor expression. */
public record ChallengeSummary(long id, String ocid, ChallengeType type, ChallengeStatus status, long buyerId,
        String titleIt, String titleEn, String summaryIt, String summaryEn, ItalianRegion region, BigDecimal budget,
        Integer trlMin, Integer trlMax, Instant deadline, Instant publishedAt, String buyerName) {

    /** The catalogue query's constructor; the body's name is added from identity. */
    public ChallengeSummary(long id, String ocid, ChallengeType type, ChallengeStatus status, long buyerId,
            String titleIt, String titleEn, String summaryIt, String summaryEn, ItalianRegion region,
            BigDecimal budget, Integer trlMin, Integer trlMax, Instant deadline, Instant publishedAt) {
        this(id, ocid, type, status, buyerId, titleIt, titleEn, summaryIt, summaryEn, region, budget, trlMin, trlMax,
                deadline, publishedAt, null);
    }

    ChallengeSummary withBuyer(String name) {
        return new ChallengeSummary(id, ocid, type, status, buyerId, titleIt, titleEn, summaryIt, summaryEn, region,
                budget, trlMin, trlMax, deadline, publishedAt, name);
    }

    public String title(Locale locale) {
        return Bilingual.pick(locale, titleIt, titleEn);
    }

    public String summary(Locale locale) {
        return Bilingual.pick(locale, summaryIt, summaryEn);
    }
}
