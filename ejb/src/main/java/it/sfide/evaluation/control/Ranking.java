package it.sfide.evaluation.control;

import it.sfide.challenge.TieBreak;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a committee's proposals by their consensus: fundable ones by weighted total, highest first; equal
 * totals ordered by the challenge's tie-break (the weighted scores criterion by criterion, from the first; or the
 * earliest submission; or ranked equal, for the buyer to draw); proposals below a threshold are not ranked.
 */
public final class Ranking {

    private Ranking() {
    }

    /** A proposal with its consensus: total, weighted scores in criterion order, fundable, submission time. */
    public record Entry(long candidateId, BigDecimal total, List<BigDecimal> weighted, boolean fundable,
            Instant submittedAt) {
    }

    /**
     * Each candidate's position (1 = first), null for those not fundable. With {@link TieBreak#DRAW} equal totals
     * share a position (1, 1, 3).
     */
    public static Map<Long, Integer> rank(List<Entry> entries, TieBreak tieBreak) {
        Comparator<Entry> byTotal = Comparator.comparing(Entry::total).reversed();
        Comparator<Entry> order = switch (tieBreak) {
            case FIRST_CRITERION -> byTotal.thenComparing(Ranking::criteria);
            case EARLIEST_SUBMISSION -> byTotal.thenComparing(Entry::submittedAt);
            case DRAW -> byTotal;
        };
        List<Entry> fundable = new ArrayList<>(entries.stream().filter(Entry::fundable).toList());
        fundable.sort(order.thenComparing(Entry::candidateId));
        Map<Long, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < fundable.size(); i++) {
            Entry e = fundable.get(i);
            boolean shares = tieBreak == TieBreak.DRAW && i > 0
                    && fundable.get(i - 1).total().compareTo(e.total()) == 0;
            positions.put(e.candidateId(), shares ? positions.get(fundable.get(i - 1).candidateId()) : i + 1);
        }
        entries.stream().filter(e -> !e.fundable()).forEach(e -> positions.put(e.candidateId(), null));
        return positions;
    }

    /** Higher weighted scores first, criterion by criterion. */
    private static int criteria(Entry a, Entry b) {
        for (int i = 0; i < Math.min(a.weighted().size(), b.weighted().size()); i++) {
            int c = b.weighted().get(i).compareTo(a.weighted().get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
