package it.sfide.document.control;

import it.sfide.document.control.PdfFonts.Face;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A free box of a document's signature block (recorded on its page by {@link PdfLayout#signatureBlock}) where a
 * later signature is shown: its widget gets the box's rectangle and an appearance with the signer, role and time,
 * written with the document's own embedded fonts (PDF/A).
 */
record SignatureBox(int page, float x, float y, float width, float height) {

    private static final float[] BLUE = {0f, 0.4f, 0.8f};
    private static final float[] DARK = {0.1f, 0.12f, 0.14f};
    private static final float[] GREY = {0.35f, 0.38f, 0.42f};

    /** The first box not yet holding a visible signature, or null. */
    static SignatureBox firstFree(PDDocument document) throws IOException {
        // the page tree's iterator, not getPage(i), which walks the tree from its root each time: quadratic in the
        // pages, over a second for a committee report of 4,400 pages
        int i = -1;
        for (PDPage page : document.getPages()) {
            i++;
            COSArray boxes = page.getCOSObject().getCOSArray(PdfLayout.SIGNATURE_BOXES);
            if (boxes == null) {
                continue;
            }
            int used = 0;
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationWidget widget && widget.getRectangle() != null
                        && widget.getRectangle().getWidth() > 0
                        && COSName.SIG.equals(widget.getCOSObject().getCOSName(COSName.FT))) {
                    used++;
                }
            }
            if (used < boxes.size()) {
                COSArray box = (COSArray) boxes.getObject(used);
                return new SignatureBox(i, number(box, 0), number(box, 1), number(box, 2), number(box, 3));
            }
        }
        return null;
    }

    private static float number(COSArray array, int index) {
        return ((COSNumber) array.getObject(index)).floatValue();
    }

    /** Puts the signature's widget in this box, with an appearance showing the given lines. */
    void show(PDDocument document, PDSignature signature, List<String> lines) throws IOException {
        PDSignatureField field = null;
        for (PDField candidate : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (candidate instanceof PDSignatureField signatureField
                    && signatureField.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                field = signatureField;
            }
        }
        if (field == null) {
            return;
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(x, y, width, height));
        widget.setPrinted(true);

        PDPage target = document.getPage(page);
        COSDictionary pageResources = target.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.FONT, pageResources.getDictionaryObject(COSName.FONT));
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle(width, height));
        appearance.setResources(new PDResources(resources));
        StringBuilder content = new StringBuilder("q 0.75 0.8 0.86 RG 0.75 w 0.5 0.5 ")
                .append(width - 1).append(' ').append(height - 1).append(" re S Q\n");
        float line = height - 14;
        for (int i = 0; i < lines.size() && line > 2; i++) {
            Face face = i == 0 ? Face.BOLD : Face.REGULAR;
            float size = i == 0 ? 9 : 8;
            String text = fit(PdfFonts.printable(face, lines.get(i)), face, size, width - 12);
            PdfLayout.write(content, face, size, i == 0 ? BLUE : i == 1 ? DARK : GREY, 6, line, text);
            line -= 11;
        }
        try (OutputStream out = appearance.getCOSObject().createOutputStream()) {
            out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);
        widget.setAppearance(dictionary);
    }

    private static String fit(String text, Face face, float size, float room) {
        String fitted = text;
        while (fitted.length() > 1 && PdfFonts.width(face, fitted, size) > room) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }
}
