package it.sfide.reuse.boundary;

import it.sfide.identity.ItalianRegion;
import it.sfide.shared.Bilingual;

import java.time.Instant;
import java.util.Locale;

/** One line of the reuse catalogue, read with a constructor expression; names and counts are added after. */
public record EntrySummary(long id, String name, String shortIt, String shortEn, String licence, long bodyId,
        long operatorId, ItalianRegion region, Instant publishedAt, String bodyName, String operatorName,
        long adoptions) {

    /** The catalogue query's constructor. */
    public EntrySummary(long id, String name, String shortIt, String shortEn, String licence, long bodyId,
            long operatorId, ItalianRegion region, Instant publishedAt) {
        this(id, name, shortIt, shortEn, licence, bodyId, operatorId, region, publishedAt, null, null, 0);
    }

    /** The same line with the organisations' names and how many bodies use the solution. */
    public EntrySummary with(String body, String operator, long adopters) {
        return new EntrySummary(id, name, shortIt, shortEn, licence, bodyId, operatorId, region, publishedAt, body,
                operator, adopters);
    }

    public String shortDescription(Locale locale) {
        return Bilingual.pick(locale, shortIt, shortEn);
    }
}
