package it.sfide.evaluation;

/** An appeal: lodged, then rejected or accepted (the proposal is re-evaluated) by the buyer, with a reason. */
public enum AppealStatus {
    LODGED, REJECTED, ACCEPTED
}
