package it.sfide.proposal.control;

import it.sfide.document.boundary.DocumentReaders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The confirmed partners of a consortium read the restricted documents of its proposal (its submission and
 * withdrawal receipts) like the lead does.
 */
@Dependent
public class PartnerReaders implements DocumentReaders {

    /** The record type of the documents issued about a proposal. */
    public static final String RECORD_TYPE = "proposal";

    @Inject
    Proposals proposals;

    @Override
    public boolean mayRead(String recordType, String recordId, long organisationId) {
        return RECORD_TYPE.equals(recordType) && recordId != null && recordId.matches("[0-9]{1,18}")
                && proposals.isConfirmedPartner(Long.parseLong(recordId), organisationId);
    }
}
