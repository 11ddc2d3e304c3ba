package it.sfide.proposal;

/** Where a consortium partner's invitation stands. */
public enum PartnerStatus {
    INVITED, ACCEPTED, DECLINED
}
