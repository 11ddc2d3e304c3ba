package it.sfide.platform.api;

import it.sfide.shared.SfideException;
import jakarta.ws.rs.core.EntityPart;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Uploaded files as the API receives them. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The part named {@code file} of a multipart request; a request without it is refused on that field (422),
     * never left to the container (whose {@code @FormParam} injection fails on a missing part).
     */
    public static EntityPart file(List<EntityPart> parts) {
        return (parts == null ? List.<EntityPart>of() : parts).stream().filter(p -> "file".equals(p.getName()))
                .findFirst().orElseThrow(() -> SfideException.invalid("file", "error.upload.fileMissing"));
    }

    /**
     * The file name a client sent in a multipart part. Browsers and HTTP libraries send it as raw UTF-8, which
     * the container reads byte by byte as ISO-8859-1: such a name is decoded again as UTF-8 (when it is valid
     * UTF-8), so "relazione-città.pdf" stays what the user called it.
     */
    public static String fileName(String received) {
        if (received == null || received.chars().anyMatch(c -> c > 0xff)) {
            return received;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(received.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return received;
        }
    }
}
