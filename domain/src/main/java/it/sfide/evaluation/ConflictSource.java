package it.sfide.evaluation;

/**
 * Why a member may not evaluate a proposal: they declared it, or Sfide found it — they belong to the lead applicant
 * or to a consortium partner, share an e-mail domain with one, or declared an affiliation with one in their
 * profile — or they recused from it later.
 */
public enum ConflictSource {
    DECLARED, SAME_ORGANISATION, CONSORTIUM_PARTNER, EMAIL_DOMAIN, AFFILIATION, RECUSAL;

    /** Found by Sfide rather than stated by the member. */
    public boolean isDetected() {
        return this == SAME_ORGANISATION || this == CONSORTIUM_PARTNER || this == EMAIL_DOMAIN
                || this == AFFILIATION;
    }
}
