package vn.practica.placement.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The layout alone: Vietnamese text extracted back as written, QR codes that decode to what they encode. */
class PdfLayoutTest {
    private static final String VIETNAMESE = "Người học: Nguyễn Thị Hương — Đại học Cần Thơ";
    private static final String URL =
            "https://placement.practica.vn/api/v1/credentials/5b0c2d7e-8f1a-4c3b-9d2e-7a6f5e4d3c2b/verification";

    @Test
    void writesVietnameseTextAndAQrCodeThatDecodesToItsText() throws Exception {
        byte[] pdf;
        try (PdfLayout layout = new PdfLayout("Kiểm thử")) {
            layout.heading(VIETNAMESE);
            layout.qrCode(URL, 120);
            pdf = layout.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertTrue(text.contains(VIETNAMESE), text);
            assertEquals(URL, decode(new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB)));
        }
    }

    @Test
    void aQrCodeThatNoLongerFitsTheCurrentPageStartsTheNext() throws Exception {
        byte[] pdf;
        try (PdfLayout layout = new PdfLayout("Kiểm thử")) {
            layout.space(700);
            layout.qrCode(URL, 120);
            pdf = layout.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            assertEquals(URL, decode(new PDFRenderer(document).renderImageWithDPI(1, 150, ImageType.RGB)));
        }
    }

    @Test
    void textTooLongForAnyQrCodeIsRefused() throws Exception {
        try (PdfLayout layout = new PdfLayout("Kiểm thử")) {
            assertThrows(IllegalArgumentException.class, () -> layout.qrCode("x".repeat(8_000), 120));
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
