package it.sfide.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON request bodies of at most {@value #MAX_BYTES} bytes (room for a community document of 10 MB in base64);
 * a larger one is refused with 413 before it is parsed, whether it declares its length or comes in chunks (those
 * are read up to one byte over the limit, never further); {@link ExceptionMappers} answers
 * {@code error.requestTooLarge}. Multipart and PDF bodies have their own limits.
 */
@Provider
public class JsonBodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final long MAX_DROPPED = 64L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || !request.hasEntity()) {
            return;
        }
        byte[] body = request.getLength() > MAX_BYTES ? null : request.getEntityStream().readNBytes(MAX_BYTES + 1);
        if (body == null || body.length > MAX_BYTES) {
            drop(request.getEntityStream());
            throw new WebApplicationException(413);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** What is still coming is read and dropped, up to a bound, so that the client gets to read the answer. */
    private static void drop(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long dropped = 0;
        int n;
        while (dropped < MAX_DROPPED && (n = in.read(buffer)) > 0) {
            dropped += n;
        }
    }
}
