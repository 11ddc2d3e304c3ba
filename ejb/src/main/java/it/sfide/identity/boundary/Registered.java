package it.sfide.identity.boundary;

/** What a registration created. */
public record Registered(long organisationId, long accountId, String username) {
}
