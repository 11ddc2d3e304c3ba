package it.sfide.identity.boundary;

/**
 * An invited expert accepted their invitation: registered as an evaluator, or linked their existing account. Fired
 * synchronously inside the accepting transaction, so an observer (the committee that invited them) can attach the
 * account to its seat, and a failure of the observer undoes the acceptance.
 */
public record ExpertJoined(long invitationId, long accountId) {
}
