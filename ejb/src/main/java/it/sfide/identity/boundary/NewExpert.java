package it.sfide.identity.boundary;

/** The details an invited expert gives when registering: the e-mail address is the invitation's. */
public record NewExpert(String fullName, String username, String password, String locale) {
}
