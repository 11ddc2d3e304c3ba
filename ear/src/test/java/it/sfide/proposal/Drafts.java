package it.sfide.proposal;

import it.sfide.challenge.Challenges;
import it.sfide.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static it.sfide.challenge.Challenges.expect;

/** Builds proposals through the API as an operator's program would, and the files they attach. */
public final class Drafts {

    private final Api api;
    private final Challenges challenges;

    public Drafts(Api api) {
        this.api = api;
        this.challenges = new Challenges(api);
    }

    public String token(String user) {
        return api.token(user, Api.DEMO_PASSWORD);
    }

    /** A challenge of Regione Lombardia published now, its one phase closing at {@code closesAt}; its id. */
    public long challenge(Instant closesAt) {
        return challenges.published(Challenges.word(), closesAt).getJsonNumber("id").longValue();
    }

    /** The draft of the user's organisation for phase 1; its id. */
    public long draft(long challengeId, String token) {
        return expect(201, api.post("/api/v1/challenges/" + challengeId + "/proposals", token, "{\"phase\":1}"))
                .json().getJsonNumber("id").longValue();
    }

    /** Complete sections, with the marker in every text. */
    public static String sections(String marker) {
        return Json.createObjectBuilder().add("title", "Titolo " + marker)
                .add("summary", "Sintesi " + marker).add("solution", "Soluzione " + marker)
                .add("team", "Gruppo " + marker).add("budget", 120000)
                .add("budgetLines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("item", "Personale " + marker).add("amount", 100000))
                        .add(Json.createObjectBuilder().add("item", "Attrezzature").add("amount", 20000)))
                .add("trlCurrent", 4).add("trlTarget", 7).add("ipTerms", "Licenza " + marker).build().toString();
    }

    /** A draft with complete sections and one PDF attached: its id. */
    public long complete(long challengeId, String token, String marker) {
        long id = draft(challengeId, token);
        expect(200, api.put("/api/v1/proposals/" + id + "/sections", token, sections(marker)));
        expect(201, api.upload("/api/v1/proposals/" + id + "/attachments", token, "proposta-" + marker + ".pdf",
                pdf("Proposta tecnica " + marker, 2), "application/pdf"));
        return id;
    }

    public JsonObject submit(long proposalId, String token, String key) {
        return expect(200, api.post("/api/v1/proposals/" + proposalId + "/submit", token, "", "Idempotency-Key",
                key)).json();
    }

    /** A PDF of {@code pages} pages whose text (not compressed) is {@code text}. */
    public static byte[] pdf(String text, int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text + " - " + (i + 1));
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    public static byte[] encryptedPdf() {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf("Riservato", 1));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid one-page PDF carrying a stream that inflates to {@code megabytes} MB of zeros (a "PDF bomb"). */
    public static byte[] bomb(int megabytes) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf("Bomba", 1));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSStream stream = document.getDocument().createCOSStream();
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream raw = stream.createRawOutputStream();
                    DeflaterOutputStream deflate = new DeflaterOutputStream(raw,
                            new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < megabytes; i++) {
                    deflate.write(zeros);
                }
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("SfideBomb"), stream);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
