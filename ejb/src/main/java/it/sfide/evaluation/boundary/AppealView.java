package it.sfide.evaluation.boundary;

import it.sfide.evaluation.AppealStatus;
import java.time.Instant;
import java.util.List;

/** An appeal: who lodged it and when, its text and files, the buyer's decision and its document. */
public record AppealView(long id, long committeeId, long candidateId, String code, String applicant, String text,
        Instant lodgedAt, AppealStatus status, String reason, Instant decidedAt, String decisionProtocol,
        List<File> files) {

    public record File(long id, String name, long sizeBytes, String sha256) {
    }
}
