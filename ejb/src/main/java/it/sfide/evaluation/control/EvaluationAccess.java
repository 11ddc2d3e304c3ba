package it.sfide.evaluation.control;

import it.sfide.challenge.boundary.ChallengeCatalogue;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.evaluation.Committee;
import it.sfide.evaluation.Member;
import it.sfide.evaluation.MemberStatus;
import it.sfide.identity.boundary.Actor;
import it.sfide.identity.boundary.Directory;
import it.sfide.shared.SfideException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who the caller is to a committee, decided on the server for every act: an officer of the buying body, the chair,
 * a member (declared or not). Anyone else gets the same answer as for a committee that does not exist.
 */
@ApplicationScoped
public class EvaluationAccess {

    @Inject
    Evaluations evaluations;

    @Inject
    Directory directory;

    @Inject
    ChallengeCatalogue challenges;

    /** The caller on a committee; members holds every seat, the caller's among them. */
    public record Seat(Committee committee, ChallengeView challenge, Actor me, boolean officer, Member member,
            List<Member> members) {

        public boolean chair() {
            return member != null && member.isChair() && member.getStatus() != MemberStatus.RECUSED;
        }

        /** A member who signed the declaration and has not left. */
        public boolean declared() {
            return member != null && member.hasDeclared();
        }
    }

    /** The committee, for an officer of its body or one of its members; otherwise not found. */
    public Seat require(long committeeId) {
        return seat(evaluations.committee(committeeId).orElse(null));
    }

    /** As {@link #require}, the committee locked for a change. */
    public Seat lock(long committeeId) {
        return seat(evaluations.lockCommittee(committeeId).orElse(null));
    }

    private Seat seat(Committee c) {
        Actor me = directory.requireActor();
        if (c == null) {
            throw notFound();
        }
        boolean officer = me.isOfficerOf(c.getBodyId());
        List<Member> members = evaluations.members(c.getId());
        Member mine = members.stream().filter(m -> m.isAccount(me.accountId())).findFirst().orElse(null);
        if (!officer && mine == null) {
            throw notFound();
        }
        return new Seat(c, challenges.get(c.getChallengeId()), me, officer, mine, members);
    }

    /** The chair of the committee; others, members and officers included, are refused. */
    public Seat requireChair(long committeeId, boolean lock) {
        Seat seat = lock ? lock(committeeId) : require(committeeId);
        if (!seat.chair()) {
            throw SfideException.forbidden();
        }
        requireDeclared(seat);
        return seat;
    }

    /** A member who has signed their declaration: nothing else of the proposals is shown before. */
    public Seat requireDeclaredMember(long committeeId) {
        Seat seat = require(committeeId);
        if (seat.member() == null || seat.member().getStatus() == MemberStatus.RECUSED) {
            throw notFound();
        }
        requireDeclared(seat);
        return seat;
    }

    private static void requireDeclared(Seat seat) {
        if (!seat.declared()) {
            throw SfideException.conflict("evaluation.error.declareFirst");
        }
    }

    public static SfideException notFound() {
        return SfideException.notFound("evaluation.error.notFound");
    }
}
