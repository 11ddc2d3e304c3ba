package it.sfide.proposal.boundary;

import it.sfide.proposal.PartnerStatus;

import java.math.BigDecimal;
import java.time.Instant;

/** A consortium partner with its role, its budget share (per cent) and whether it has confirmed. */
public record PartnerView(long organisationId, String organisationName, String role, BigDecimal budgetShare,
        PartnerStatus status, Instant invitedAt, Instant answeredAt) {
}
