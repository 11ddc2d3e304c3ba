package it.sfide.identity.boundary;

/** A token just created: the only time its secret is shown. */
public record CreatedToken(long id, String name, String token) {
}
