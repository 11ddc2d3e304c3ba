package it.sfide.identity.boundary;

/** The details a person gives when accepting an invitation. */
public record NewMember(String fullName, String username, String password, String locale) {
}
