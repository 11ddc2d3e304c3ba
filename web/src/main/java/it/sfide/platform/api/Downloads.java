package it.sfide.platform.api;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Files sent by the API: always as attachments (never rendered by the browser in the portal's origin), with the
 * declared type, {@code nosniff}, and the file name both as ASCII and in UTF-8 (RFC 6266).
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(byte[] content, String contentType, String fileName) {
        return file(content, fileName).type(contentType).header("Cache-Control", "private, no-store").build();
    }

    /** A download whose type the resource declares ({@code @Produces}): the entity as an attachment, {@code nosniff}. */
    public static Response.ResponseBuilder file(Object entity, String fileName) {
        return Response.ok(entity).header("Content-Disposition", disposition(fileName))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** {@code attachment} with the name as ASCII and in UTF-8 (RFC 6266), for the API and the pages alike. */
    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
