package it.sfide.document.control;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seals a document being issued in the save that writes it, instead of parsing and saving it again: the signature
 * dictionary is written with placeholders, its byte range and CMS container (the same as {@link PadesSigner}'s:
 * ETSI.CAdES.detached, ESS signing-certificate-v2, signature time-stamp) are filled in place, and the document
 * security store follows in a small incremental update written here, because a validator counts validation data
 * towards baseline LT only when it comes after the signature.
 */
final class PdfSealer {

    /** Written where the byte range goes; the real one is padded with spaces to the same length. */
    private static final String RANGE_PLACEHOLDER = "0 1000000000 1000000000 1000000000";
    private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");
    private static final Pattern ROOT = Pattern.compile("/Root (\\d+) (\\d+) R");
    private static final Pattern INFO = Pattern.compile("/Info (\\d+) (\\d+) R");
    private static final Pattern ID = Pattern.compile("/ID ?\\[[^\\]]*\\]");

    private PdfSealer() {
    }

    static byte[] sealOnSave(PDDocument document, PDPage page, Seal seal) throws IOException {
        PDSignature signature = signatureField(document, page, seal);
        int size = PadesSigner.knownSize(seal.signer());
        for (int attempt = 0; attempt < PadesSigner.MAX_ATTEMPTS; attempt++) {
            signature.setContents(new byte[size]);
            ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
            document.save(out, CompressParameters.NO_COMPRESSION);
            byte[] pdf = out.toByteArray();
            byte[] container = fill(pdf, size, seal);
            if (container.length == size) {
                PadesSigner.rememberSize(seal.signer(), size);
                java.util.Collection<X509Certificate> certificates = PadesSigner.withTimeStampCertificates(
                        seal.validationCertificates(), container);
                return appendValidationData(pdf, certificates, seal.revocation().crlsFor(certificates));
            }
            size = container.length;
        }
        throw new IllegalStateException("cannot size the signature container after " + PadesSigner.MAX_ATTEMPTS
                + " attempts");
    }

    private static PDSignature signatureField(PDDocument document, PDPage page, Seal seal) throws IOException {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
        signature.setName(seal.signer().name());
        signature.setReason(seal.reason());
        signature.setContactInfo(seal.signer().role());
        Calendar when = GregorianCalendar.getInstance(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(seal.time().toEpochMilli());
        signature.setSignDate(when);
        org.apache.pdfbox.cos.COSArray range = new org.apache.pdfbox.cos.COSArray();
        for (int value : new int[] {0, 1000000000, 1000000000, 1000000000}) {
            range.add(org.apache.pdfbox.cos.COSInteger.get(value));
        }
        signature.getCOSObject().setItem(COSName.BYTERANGE, range);

        PDAcroForm form = new PDAcroForm(document);
        form.setSignaturesExist(true);
        form.setAppendOnly(true);
        PDSignatureField field = new PDSignatureField(form);
        field.getCOSObject().setItem(COSName.V, signature);
        field.setPartialName("Sfide-seal");
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(0, 0, 0, 0));
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
        document.getDocumentCatalog().setAcroForm(form);
        return signature;
    }

    /** Writes the byte range and the CMS container into the saved bytes; returns the container made. */
    private static byte[] fill(byte[] pdf, int size, Seal seal) {
        String hexZeros = "<" + "0".repeat(2 * size) + ">";
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int contents = text.indexOf("/Contents " + hexZeros);
        int range = text.indexOf("/ByteRange [" + RANGE_PLACEHOLDER + "]");
        if (contents < 0 || range < 0) {
            throw new IllegalStateException("the signature placeholders were not written as expected");
        }
        int start = contents + "/Contents ".length();
        int end = start + hexZeros.length();
        String actual = "0 " + start + " " + end + " " + (pdf.length - end);
        byte[] padded = (actual + " ".repeat(RANGE_PLACEHOLDER.length() - actual.length()))
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(padded, 0, pdf, range + "/ByteRange [".length(), padded.length);

        byte[] signed = new byte[start + pdf.length - end];
        System.arraycopy(pdf, 0, signed, 0, start);
        System.arraycopy(pdf, end, signed, start, pdf.length - end);
        byte[] container = PadesSigner.cms(signed, seal.signer(), seal.timeStamper());
        if (container.length == size) {
            byte[] hex = java.util.HexFormat.of().withUpperCase().formatHex(container)
                    .getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(hex, 0, pdf, start + 1, hex.length);
        }
        return container;
    }

    /**
     * Appends an incremental update holding the document security store (the certificates and CRLs, each a stream)
     * and the catalog pointing to it. The document is one written by PDFBox without object streams, so its last
     * cross-reference section is a table and the catalog an ordinary object.
     */
    static byte[] appendValidationData(byte[] pdf, java.util.Collection<X509Certificate> certificates,
            java.util.Collection<X509CRL> crls) {
        String tail = new String(pdf, Math.max(0, pdf.length - 1024), Math.min(1024, pdf.length),
                StandardCharsets.ISO_8859_1);
        int trailerAt = tail.lastIndexOf("trailer");
        String trailer = tail.substring(trailerAt);
        long previous = Long.parseLong(trailer.substring(trailer.lastIndexOf("startxref") + 9).replace("%%EOF", "")
                .trim());
        int size = Integer.parseInt(group(SIZE, trailer, 1));
        int root = Integer.parseInt(group(ROOT, trailer, 1));
        String catalog = catalogDictionary(pdf, (int) previous, root);

        List<byte[]> certs = PadesSigner.der(certificates);
        List<byte[]> revocations = PadesSigner.der(crls);
        int dss = size;
        int next = dss + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
        out.writeBytes(pdf);
        if (pdf[pdf.length - 1] != '\n') {
            out.write('\n');
        }
        long[] offsets = new long[1 + 1 + certs.size() + revocations.size()];
        offsets[0] = out.size();
        ascii(out, root + " 0 obj\n" + catalog.substring(0, catalog.lastIndexOf(">>")) + "/DSS " + dss
                + " 0 R>>\nendobj\n");
        offsets[1] = out.size();
        StringBuilder dictionary = new StringBuilder("<</Certs [");
        for (int i = 0; i < certs.size(); i++) {
            dictionary.append(next + i).append(" 0 R ");
        }
        dictionary.append("]/CRLs [");
        for (int i = 0; i < revocations.size(); i++) {
            dictionary.append(next + certs.size() + i).append(" 0 R ");
        }
        ascii(out, dss + " 0 obj\n" + dictionary + "]>>\nendobj\n");
        List<byte[]> streams = new ArrayList<>(certs);
        streams.addAll(revocations);
        for (int i = 0; i < streams.size(); i++) {
            offsets[2 + i] = out.size();
            ascii(out, (next + i) + " 0 obj\n<</Length " + streams.get(i).length + ">>\nstream\n");
            out.writeBytes(streams.get(i));
            ascii(out, "\nendstream\nendobj\n");
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 1\n0000000000 65535 f\r\n").append(root).append(" 1\n");
        entry(table, offsets[0]);
        table.append(dss).append(' ').append(offsets.length - 1).append('\n');
        for (int i = 1; i < offsets.length; i++) {
            entry(table, offsets[i]);
        }
        table.append("trailer\n<</Size ").append(dss + offsets.length - 1).append("/Root ").append(group(ROOT,
                trailer, 0).substring(6));
        Matcher info = INFO.matcher(trailer);
        if (info.find()) {
            table.append(info.group());
        }
        Matcher id = ID.matcher(trailer);
        if (id.find()) {
            table.append(id.group());
        }
        table.append("/Prev ").append(previous).append(">>\nstartxref\n").append(xref).append("\n%%EOF\n");
        ascii(out, table.toString());
        return out.toByteArray();
    }

    /** The catalog's dictionary, found through the cross-reference table at the given offset. */
    private static String catalogDictionary(byte[] pdf, int xref, int root) {
        String section = new String(pdf, xref, Math.min(pdf.length - xref, 64), StandardCharsets.ISO_8859_1);
        if (!section.startsWith("xref")) {
            throw new IllegalStateException("expected a cross-reference table");
        }
        int position = xref + 4;
        while (true) {
            while (pdf[position] == '\r' || pdf[position] == '\n' || pdf[position] == ' ') {
                position++;
            }
            int lineEnd = position;
            while (pdf[lineEnd] != '\n' && pdf[lineEnd] != '\r') {
                lineEnd++;
            }
            String[] header = new String(pdf, position, lineEnd - position, StandardCharsets.ISO_8859_1).trim()
                    .split(" ");
            if (header.length != 2) {
                throw new IllegalStateException("catalog not in the cross-reference table");
            }
            int first = Integer.parseInt(header[0]);
            int count = Integer.parseInt(header[1]);
            position = lineEnd;
            while (pdf[position] == '\r' || pdf[position] == '\n') {
                position++;
            }
            if (root >= first && root < first + count) {
                int offset = Integer.parseInt(new String(pdf, position + 20 * (root - first), 10,
                        StandardCharsets.ISO_8859_1));
                String object = new String(pdf, offset, Math.min(pdf.length - offset, 64 * 1024),
                        StandardCharsets.ISO_8859_1);
                int open = object.indexOf("<<");
                int close = object.indexOf("endobj");
                return object.substring(open, object.lastIndexOf(">>", close) + 2);
            }
            position += 20 * count;
        }
    }

    private static void entry(StringBuilder table, long offset) {
        String digits = Long.toString(offset);
        table.append("0".repeat(10 - digits.length())).append(digits).append(" 00000 n\r\n");
    }

    private static String group(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("trailer without " + pattern);
        }
        return matcher.group(group);
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
