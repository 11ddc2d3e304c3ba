package it.sfide.identity.boundary;

/**
 * The account an expert invitation was accepted with.
 *
 * @param id the invitation's id (the target of the act's audit record)
 */
public record ExpertAccount(long id, long accountId, String username) {
}
