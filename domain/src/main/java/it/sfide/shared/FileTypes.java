package it.sfide.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types people may share and deliver, by extension: documents, spreadsheets, text, images. The content is
 * then checked to be really of that type (document's {@code FileContents}) before anything is stored.
 */
public final class FileTypes {

    public static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("csv", "text/csv"), Map.entry("txt", "text/plain"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"));

    private FileTypes() {
    }

    /** The type of a file by the extension of its name, if it is one of {@link #BY_EXTENSION}. */
    public static Optional<String> of(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(fileName.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT)));
    }
}
