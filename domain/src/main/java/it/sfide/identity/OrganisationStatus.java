package it.sfide.identity;

/** Whether a platform admin has checked the organisation. Only verified ones may publish, submit or sign. */
public enum OrganisationStatus {
    PENDING, VERIFIED, REJECTED
}
