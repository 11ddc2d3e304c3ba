package it.sfide.challenge.control;

import it.sfide.challenge.Challenge;
import it.sfide.challenge.CoSponsor;
import it.sfide.challenge.CoSponsorStatus;
import it.sfide.challenge.boundary.AmendmentView;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.CoSponsorView;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the views of challenges, with the names of the bodies involved, for what the caller may see. */
@Dependent
public class ChallengeViews {

    @Inject
    Challenges challenges;

    @Inject
    Directory directory;

    @Inject
    ChallengeAccess access;

    @Inject
    java.time.Clock clock;

    /** The full view; co-sponsors still invited or declined only for those who follow the internals. */
    public ChallengeView view(Challenge c, Actor me) {
        boolean internals = me != null && access.canFollowInternals(c, me);
        List<CoSponsor> sponsors = challenges.coSponsors(c.getId()).stream()
                .filter(s -> internals || s.getStatus() == CoSponsorStatus.ACCEPTED).toList();
        Set<Long> bodies = new HashSet<>();
        bodies.add(c.getBuyerId());
        sponsors.forEach(s -> bodies.add(s.getOrganisationId()));
        Challenge from = c.getOriginId() == null ? null : challenges.find(c.getOriginId()).orElse(null);
        if (from != null) {
            bodies.add(from.getBuyerId());
        }
        Map<Long, String> names = directory.organisationNames(bodies);
        ChallengeView.Origin origin = from == null ? null : new ChallengeView.Origin(from.getId(), from.getTitleIt(),
                from.getTitleEn(), names.get(from.getBuyerId()));
        List<CoSponsorView> coSponsors = sponsors.stream()
                .map(s -> CoSponsorView.of(s, names.get(s.getOrganisationId()))).toList();
        List<AmendmentView> amendments = challenges.amendments(c.getId()).stream().map(AmendmentView::of).toList();
        return ChallengeView.of(c, names.get(c.getBuyerId()), coSponsors, amendments, origin, rights(c, me, internals),
                clock.instant());
    }

    /**
     * What the caller may do: edit (an officer of the owning body), approve publication (such an officer other
     * than the one who asked), reuse it as a template (a buyer officer of another body, once it was published).
     */
    private static ChallengeView.Rights rights(Challenge c, Actor me, boolean internals) {
        boolean editable = me != null && me.isOfficerOf(c.getBuyerId());
        boolean reusable = me != null && !editable && me.role() == Role.BUYER && c.isReusable();
        return new ChallengeView.Rights(editable, internals, reusable,
                editable && c.awaitsApprovalBy(me.username()));
    }
}
