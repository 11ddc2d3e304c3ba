package it.sfide.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files shared by the deadline-rush scripts: the generated operators (one JSON object per line: username, token),
 * the drafts prepared for them, and the 5 MB PDFs they attach (valid PDFs carrying an incompressible stream).
 */
final class RushData {

    static final Path DIR = Path.of(System.getProperty("sfide.rush.dir", "target/rush"));
    static final int FILE_BYTES = 5 * 1024 * 1024;

    private RushData() {
    }

    /** username and token of each generated operator, from operators.json as the API returned it. */
    static List<Map<String, Object>> operators() {
        String json = read("operators.json");
        List<Map<String, Object>> list = new ArrayList<>();
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        while (object.find()) {
            list.add(Map.of("username", field(object.group(), "username"), "token", field(object.group(), "token")));
        }
        return list;
    }

    private static String field(String object, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(object);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + object);
        }
        return m.group(1);
    }

    static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(String name, String content) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The n-th 5 MB PDF (n = 1..3), made once. */
    static Path pdf(int n) {
        Path file = DIR.resolve("attachment-" + n + ".pdf").toAbsolutePath();
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(DIR);
                Files.write(file, pdfBytes(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** A one-page PDF whose page carries an unfiltered stream of random bytes, about 5 MB in all. */
    static byte[] pdfBytes(long seed) {
        byte[] noise = new byte[FILE_BYTES - 1200];
        new Random(seed).nextBytes(noise);
        String text = "BT /F1 12 Tf 72 720 Td (Allegato di prova " + seed + ") Tj ET";
        List<byte[]> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>".getBytes(StandardCharsets.ISO_8859_1),
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".getBytes(StandardCharsets.ISO_8859_1),
                ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << "
                        + "/F1 5 0 R >> >> /PieceInfo << /Sfide << /Data 6 0 R >> >> >>")
                        .getBytes(StandardCharsets.ISO_8859_1),
                concat(("<< /Length " + text.length() + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1),
                        text.getBytes(StandardCharsets.ISO_8859_1), "\nendstream".getBytes(StandardCharsets.ISO_8859_1)),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".getBytes(StandardCharsets.ISO_8859_1),
                concat(("<< /Length " + noise.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1), noise,
                        "\nendstream".getBytes(StandardCharsets.ISO_8859_1)));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
