package it.sfide.platform.api;

import jakarta.ws.rs.BadRequestException;

/** Request bodies of the API: a missing one is a 400 in the caller's language, not a null deep in a service. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T require(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
