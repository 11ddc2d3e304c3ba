package it.sfide.challenge.boundary;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.shared.Bilingual;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A challenge in brief, for lists that need its kind, state, title and phases but none of what its page shows
 * (co-sponsors, amendments, documents): read without the further queries of a {@link ChallengeView}.
 */
public record ChallengeBrief(long id, ChallengeType type, ChallengeStatus status, long buyerId, String titleIt,
        String titleEn, Instant publishedAt, List<ChallengeView.PhaseView> phases) {

    static ChallengeBrief of(Challenge c) {
        return new ChallengeBrief(c.getId(), c.getType(), c.getStatus(), c.getBuyerId(), c.getTitleIt(),
                c.getTitleEn(), c.getPublishedAt(), c.getPhases().stream().map(p -> new ChallengeView.PhaseView(
                        p.getNumber(), p.getOpensAt(), p.getClosesAt(), p.getBudget(), p.getClosedAt())).toList());
    }

    /** The title in the reader's language (the other one while it is still empty). */
    public String title(Locale locale) {
        return Bilingual.pick(locale, titleIt, titleEn);
    }
}
