package it.sfide.challenge;

/** Where a co-sponsoring invitation stands: the invited body has not answered, accepted or declined. */
public enum CoSponsorStatus {
    INVITED, ACCEPTED, DECLINED
}
