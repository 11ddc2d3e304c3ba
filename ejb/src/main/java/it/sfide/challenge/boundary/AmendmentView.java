package it.sfide.challenge.boundary;

import it.sfide.challenge.Amendment;
import it.sfide.challenge.AmendmentKind;

import java.time.Instant;

/** One public change of a published challenge, with its reason and the notice re-issued for it. */
public record AmendmentView(AmendmentKind kind, String reason, Integer phaseNumber, Instant oldClose,
        Instant newClose, Instant madeAt, String noticeProtocol) {

    public static AmendmentView of(Amendment a) {
        return new AmendmentView(a.getKind(), a.getReason(), a.getPhaseNumber(), a.getOldClose(), a.getNewClose(),
                a.getMadeAt(), a.getNoticeProtocol());
    }
}
