package it.sfide.challenge.boundary;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.identity.ItalianRegion;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A catalogue search: words (in either language, prefixes match), filters (each optional), the order and the page.
 *
 * @param trl a technology readiness level the challenge's range must include
 * @param deadlineFrom the next deadline falls at or after this instant
 * @param deadlineTo the next deadline falls before this instant
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record CatalogueQuery(String q, ChallengeType type, ChallengeStatus status, Long body, String theme,
        ItalianRegion region, Integer trl, BigDecimal budgetMin, BigDecimal budgetMax, Instant deadlineFrom,
        Instant deadlineTo, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** How results are ordered. */
    public enum Sort {
        /** Latest published first. */
        NEWEST,
        /** Nearest deadline first. */
        DEADLINE,
        /** Largest budget first. */
        BUDGET,
        /** By title, in the reader's language. */
        TITLE
    }

    public CatalogueQuery {
        sort = sort == null ? Sort.NEWEST : sort;
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** The same search, another page. */
    public CatalogueQuery atPage(int page, int size) {
        return new CatalogueQuery(q, type, status, body, theme, region, trl, budgetMin, budgetMax, deadlineFrom,
                deadlineTo, sort, page, size);
    }

    /** Everything public, newest first. */
    public static CatalogueQuery all(int page, int size) {
        return new CatalogueQuery(null, null, null, null, null, null, null, null, null, null, null, null, page, size);
    }
}
