package it.sfide.document.control;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import it.sfide.shared.Digests;
import it.sfide.shared.SfideException;
import it.sfide.validation.IndependentValidators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A registered contract (the platform's seal and the buyer's signature, PAdES baseline LT) downloaded, signed
 * outside Sfide with a qualified-like certificate of another authority, and uploaded again: as a PAdES
 * incremental update and as a CAdES .p7m, accepted when everything holds and refused, with the reason, otherwise.
 * Real signatures throughout; EU DSS confirms independently that the fixtures are what they claim.
 */
class ExternalCountersignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final TestPki PLATFORM = new TestPki("Sfide Contracts", NOW);
    private static final ExternalPki QTSP = new ExternalPki("Fiducia", NOW);
    private static final ExternalPki STRANGER = new ExternalPki("Sconosciuta", NOW);
    private static final ExternalPki.Holder ROSSI = QTSP.person("Mario", "Rossi", "RSSMRA80A01H501U");
    private static final ExternalPki.Holder VERDI = QTSP.person("Anna", "Verdi", "VRDNNA75C41F205X");
    /** The contract as the platform issued it (sealed), then signed by the buyer's officer: the current version. */
    private static final byte[] SEALED = PLATFORM.sign(PadesSignerTest.document(), PLATFORM.seal);
    private static final byte[] REGISTERED = PLATFORM.sign(SEALED, PLATFORM.person);
    private static final List<X509Certificate> ANCHORS = List.of(PLATFORM.ca, QTSP.ca);

    private static ExternalCountersignature.Current current() {
        return new ExternalCountersignature.Current(REGISTERED, null, Set.of(Digests.sha256Hex(SEALED)));
    }

    private static ExternalCountersignature.Result check(byte[] upload) {
        return ExternalCountersignature.check(current(), upload, ANCHORS, LATER, null);
    }

    private static String refusal(byte[] upload) {
        return refusal(current(), upload, ANCHORS, LATER);
    }

    private static String refusal(ExternalCountersignature.Current current, byte[] upload,
            List<X509Certificate> anchors, Instant at) {
        SfideException e = assertThrows(SfideException.class,
                () -> ExternalCountersignature.check(current, upload, anchors, at, null));
        assertEquals("file", e.field());
        assertTrue(e.messageKey().startsWith("document.error.external."), e.messageKey());
        return e.messageKey().substring("document.error.external.".length());
    }

    @Test
    void aPadesCountersignatureOfTheRegisteredContractIsAcceptedWithItsSignersIdentity() {
        byte[] signed = QTSP.pades(REGISTERED, ROSSI, null);
        ExternalCountersignature.Result result = check(signed);

        assertEquals(ExternalCountersignature.Format.PADES, result.format());
        assertArrayEquals(signed, result.pdf());
        assertNull(result.p7m());
        assertEquals(1, result.added().size());
        ExternalCountersignature.NewSignature added = result.added().get(0);
        assertEquals(ROSSI.certificate(), added.certificate());
        assertEquals(NOW, added.signingTime(), "no time-stamp: the time the signature dictionary claims");
        assertNull(added.timeStamp());
        assertEquals(3, result.pdfSignatures().size(), "seal, buyer, operator");
        result.pdfSignatures().forEach(c -> assertTrue(c.valid(), c.toString()));

        SignerNames.Identity identity = SignerNames.of(added.certificate());
        assertEquals("RSSMRA80A01H501U", identity.taxCode());
        assertEquals("MARIO ROSSI", identity.fullName());
        assertEquals("ROSSI MARIO", identity.commonName());

        SimpleReport report = IndependentValidators.pades(signed, PLATFORM.ca, QTSP.ca);
        assertEquals(3, report.getSignaturesCount(), report.toString());
        for (String id : report.getSignatureIdList()) {
            assertNotEquals(Indication.TOTAL_FAILED, report.getIndication(id), "EU DSS finds every signature intact: "
                    + report);
        }
    }

    @Test
    void aDocumentTimeStampAddedAfterTheSignatureIsValidationDataNotASigner() {
        byte[] archived = PadesSigner.addDocumentTimeStamp(QTSP.pades(REGISTERED, ROSSI, null), QTSP.timeStamper(NOW));
        ExternalCountersignature.Result result = check(archived);
        assertEquals(List.of(ROSSI.certificate()), result.added().stream()
                .map(ExternalCountersignature.NewSignature::certificate).toList());
    }

    @Test
    void aContainerPaddedWithZerosInItsPlaceIsReadToo() {
        assertEquals(List.of(ROSSI.certificate()), check(QTSP.padesPadded(REGISTERED, ROSSI)).added().stream()
                .map(ExternalCountersignature.NewSignature::certificate).toList());
    }

    @Test
    void aCadesEnvelopeOfTheRegisteredContractIsAcceptedBinaryOrAsBase64() {
        byte[] p7m = QTSP.cades(REGISTERED, true, null, ROSSI);
        ExternalCountersignature.Result result = check(p7m);
        assertEquals(ExternalCountersignature.Format.CADES, result.format());
        assertArrayEquals(REGISTERED, result.pdf(), "the PDF stays the registered one");
        assertArrayEquals(p7m, result.p7m());
        assertEquals(List.of(ROSSI.certificate()), result.added().stream()
                .map(ExternalCountersignature.NewSignature::certificate).toList());
        assertEquals(NOW, result.added().get(0).signingTime(), "the CMS signing-time attribute");
        assertEquals(2, result.pdfSignatures().size(), "the PDF's own signatures are reported too");
        assertTrue(result.envelopeSigners().get(0).valid());

        SimpleReport report = IndependentValidators.pades(p7m, QTSP.ca);
        assertEquals(1, report.getSignaturesCount());
        assertNotEquals(Indication.TOTAL_FAILED, report.getIndication(report.getFirstSignatureId()), report.toString());

        String pem = "-----BEGIN PKCS7-----\r\n" + Base64.getMimeEncoder().encodeToString(p7m)
                + "\r\n-----END PKCS7-----\r\n";
        ExternalCountersignature.Result fromText = check(pem.getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(p7m, fromText.p7m(), "kept as binary");
    }

    @Test
    void twoLegalRepresentativesSigningOneEnvelopeInParallelAreBothNewSigners() {
        ExternalCountersignature.Result result = check(QTSP.cades(REGISTERED, true, null, ROSSI, VERDI));
        assertEquals(List.of(ROSSI.certificate(), VERDI.certificate()), result.added().stream()
                .map(ExternalCountersignature.NewSignature::certificate).toList());
    }

    @Test
    void anEnvelopeOfAPdfSignedAgainWithinCountsBothSignatures() {
        byte[] updated = QTSP.pades(REGISTERED, VERDI, null);
        ExternalCountersignature.Result result = check(QTSP.cades(updated, true, null, ROSSI));
        assertArrayEquals(updated, result.pdf(), "the PAdES update becomes the document");
        assertEquals(List.of(VERDI.certificate(), ROSSI.certificate()), result.added().stream()
                .map(ExternalCountersignature.NewSignature::certificate).toList());
    }

    @Test
    void anEnvelopedDocumentTakesAnEnvelopeWithOneMoreSignerAndKeepsEveryEarlierOne() {
        byte[] first = QTSP.cades(REGISTERED, true, null, ROSSI);
        ExternalCountersignature.Current enveloped = new ExternalCountersignature.Current(REGISTERED, first, Set.of());
        ExternalCountersignature.Result result = ExternalCountersignature.check(enveloped, QTSP.addSigner(first, VERDI),
                ANCHORS, LATER, null);
        assertEquals(List.of(VERDI.certificate()), result.added().stream()
                .map(ExternalCountersignature.NewSignature::certificate).toList());
        assertEquals(2, result.envelopeSigners().size());

        assertEquals("envelopeSignatureMissing", refusal(enveloped, QTSP.cades(REGISTERED, true, null, VERDI), ANCHORS,
                LATER));
        assertEquals("noNewSignature", refusal(enveloped, first, ANCHORS, LATER));
        assertEquals("enveloped", refusal(enveloped, QTSP.pades(REGISTERED, VERDI, null), ANCHORS, LATER),
                "a PDF signature would leave the envelope's behind");
    }

    @Test
    void aSignerWhoseCertificateExpiredIsAcceptedOnlyWithATrustedTimeStampFromWhileItWasValid() {
        ExternalPki.Holder shortLived = QTSP.person("Luca", "Neri", "NRELCU70A01L219K", NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofHours(2)), KeyUsage.nonRepudiation);
        Instant twoDaysLater = NOW.plus(Duration.ofDays(2));
        assertEquals("certificateInvalid", refusal(current(), QTSP.pades(REGISTERED, shortLived, null), ANCHORS,
                twoDaysLater));
        ExternalCountersignature.Result stamped = ExternalCountersignature.check(current(),
                QTSP.pades(REGISTERED, shortLived, QTSP.timeStamper(NOW)), ANCHORS, twoDaysLater, null);
        assertEquals(NOW, stamped.added().get(0).timeStamp());
        assertTrue(stamped.added().get(0).timeStampValid());
        assertEquals(NOW, stamped.added().get(0).signingTime());

        assertEquals("certificateInvalid", refusal(current(), QTSP.cades(REGISTERED, true, null, shortLived), ANCHORS,
                twoDaysLater));
        assertEquals(1, ExternalCountersignature.check(current(), QTSP.cades(REGISTERED, true,
                QTSP.timeStamper(NOW), shortLived), ANCHORS, twoDaysLater, null).added().size());
    }

    @Test
    void aRevokedSignerIsRefusedWhenTheEnvelopeCarriesTheCrl() {
        byte[] p7m = ExternalPki.withCrl(QTSP.cades(REGISTERED, true, null, ROSSI), QTSP.crlRevoking(ROSSI.certificate()));
        assertEquals("certificateInvalid", refusal(p7m));
        byte[] notRevoked = ExternalPki.withCrl(QTSP.cades(REGISTERED, true, null, ROSSI), QTSP.crlRevoking());
        assertTrue(check(notRevoked).added().get(0).revocationChecked());
        assertEquals(false, check(QTSP.cades(REGISTERED, true, null, ROSSI)).added().get(0).revocationChecked(),
                "without a CRL, revocation is not checked, and the result says so");
    }

    @Test
    void aByteChangedInTheRegisteredPartIsRefused() {
        byte[] signed = QTSP.pades(REGISTERED, ROSSI, null);
        signed[2000] ^= 0x01;
        assertEquals("notIncremental", refusal(signed));
    }

    @Test
    void aByteChangedInTheNewSignedPartBreaksTheNewSignature() {
        byte[] signed = QTSP.pades(REGISTERED, ROSSI, null);
        byte[] reason = "Firma del contratto".getBytes(StandardCharsets.US_ASCII);
        int at = find(signed, reason, REGISTERED.length);
        assertTrue(at > 0);
        signed[at] = 'f';
        assertEquals("signatureInvalid", refusal(signed));
    }

    @Test
    void theContentOfAnotherDocumentIsRefused() {
        byte[] other = PLATFORM.sign(PadesSignerTest.issued(), PLATFORM.person);
        assertEquals("notIncremental", refusal(QTSP.pades(other, ROSSI, null)));
        assertEquals("otherContent", refusal(QTSP.cades(other, true, null, ROSSI)));
        assertEquals("otherContent", refusal(QTSP.cades("un altro contratto".getBytes(StandardCharsets.UTF_8), true,
                null, ROSSI)));
    }

    @Test
    void aCopySignedBeforeTheDocumentWasSignedAgainIsOutdated() {
        assertEquals("outdated", refusal(QTSP.pades(SEALED, ROSSI, null)));
        assertEquals("outdated", refusal(QTSP.cades(SEALED, true, null, ROSSI)));
    }

    @Test
    void aSignerOfAnAuthorityNotTrustedIsRefused() {
        assertEquals("untrusted", refusal(current(), QTSP.pades(REGISTERED, ROSSI, null), List.of(PLATFORM.ca), LATER));
        ExternalPki.Holder stranger = STRANGER.person("Mario", "Rossi", "RSSMRA80A01H501U");
        assertEquals("untrusted", refusal(QTSP.cades(REGISTERED, true, null, stranger)));
        assertEquals("untrusted", refusal(QTSP.pades(REGISTERED, stranger, null)));
    }

    @Test
    void aCertificateNotMadeForSignaturesIsRefused() {
        ExternalPki.Holder encryption = QTSP.person("Mario", "Rossi", "RSSMRA80A01H501U",
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(300)), KeyUsage.keyEncipherment);
        assertEquals("notForSigning", refusal(QTSP.cades(REGISTERED, true, null, encryption)));
    }

    @Test
    void anEnvelopeWithoutItsContentIsRefusedAsDetached() {
        assertEquals("detached", refusal(QTSP.cades(REGISTERED, false, null, ROSSI)));
    }

    @Test
    void garbageAndTheUnchangedFileAreRefused() {
        assertEquals("empty", refusal(new byte[0]));
        assertEquals("garbage", refusal("ciao, ecco il contratto firmato".getBytes(StandardCharsets.UTF_8)));
        assertEquals("garbage", refusal(new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1}));
        assertEquals("garbage", refusal("PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("garbage", refusal("MIIthis is not base64 !!".getBytes(StandardCharsets.US_ASCII)));
        byte[] deep = new byte[200_000];
        for (int i = 0; i < deep.length; i += 2) {
            deep[i] = 0x30;
            deep[i + 1] = (byte) 0x80; // indefinite lengths nested a hundred thousand times
        }
        assertEquals("garbage", refusal(deep));
        assertEquals("noNewSignature", refusal(REGISTERED));
        assertEquals("noNewSignature", refusal(Arrays.copyOf(REGISTERED, REGISTERED.length)));
        byte[] truncated = Arrays.copyOf(QTSP.pades(REGISTERED, ROSSI, null), REGISTERED.length + 500);
        assertEquals("noNewSignature", refusal(truncated), "PDFBox reads the registered part only");
    }

    @Test
    void anEnvelopeThatIsNotSignedDataIsRefused() throws Exception {
        byte[] data = new org.bouncycastle.asn1.cms.ContentInfo(org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data,
                new org.bouncycastle.asn1.DEROctetString(REGISTERED)).getEncoded("DER");
        assertEquals("notSignedData", refusal(data));
    }

    @Test
    void aPageAddedBeforeSigningAltersTheEarlierSignatures() throws Exception {
        byte[] withPage;
        try (PDDocument document = Loader.loadPDF(REGISTERED)) {
            document.addPage(new PDPage());
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            withPage = out.toByteArray();
        }
        assertEquals("earlierAltered", refusal(QTSP.pades(withPage, ROSSI, null)));
    }

    @Test
    void aCompressionBombInTheUpdateIsRefusedBeforeAnySignatureIsRead() throws Exception {
        byte[] bomb;
        try (PDDocument document = Loader.loadPDF(REGISTERED)) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 200; i++) {
                    out.write(zeros);
                }
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Payload"), stream);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            bomb = out.toByteArray();
        }
        assertTrue(bomb.length < 2_000_000, "a small file: " + bomb.length);
        assertEquals("bomb", refusal(QTSP.pades(bomb, ROSSI, null)));
    }

    private static int find(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
