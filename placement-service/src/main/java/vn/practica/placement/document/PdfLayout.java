package vn.practica.placement.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text out on A4 pages, top to bottom, wrapped to the margins, with DejaVu Sans embedded (subset) so every
 * Vietnamese letter renders and is extracted back as written. The font files come from the
 * {@code net.sf.jasperreports:jasperreports-fonts} jar (DejaVu fonts licence, beside them in the jar). Mechanism
 * only: the printable documents of the features (agreements, credentials) say what goes on the page.
 */
public final class PdfLayout implements AutoCloseable {
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 56;
    private static final float LEADING = 1.35f;
    private static final int QUIET_ZONE = 4;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream page;
    private float y;

    public PdfLayout(String title) {
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
        document.getDocumentInformation().setTitle(title);
        newPage();
    }

    public void heading(String text) {
        space(8);
        write(text, bold, 13);
    }

    public void line(String text) {
        write(text, regular, 10);
    }

    public void strong(String text) {
        write(text, bold, 10);
    }

    public void small(String text) {
        write(text, regular, 8.5f);
    }

    public void space(float points) {
        y -= points;
    }

    /**
     * A QR code of {@code text} at the left margin, {@code size} points wide including its quiet zone of four
     * modules, drawn as vector squares (one rectangle per run of dark modules in a row) so it prints sharp.
     */
    public void qrCode(String text, float size) {
        boolean[][] dark = QrModules.of(text);
        float module = size / (dark.length + 2 * QUIET_ZONE);
        if (y - size < MARGIN) {
            newPage();
        }
        y -= size;
        try {
            for (int row = 0; row < dark.length; row++) {
                darkRuns(dark[row], y + size - (row + QUIET_ZONE + 1) * module, module);
            }
            page.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** Each paragraph of {@code text} (line breaks kept), wrapped at word boundaries to the page's width. */
    private void write(String text, PDType0Font font, float size) {
        for (String paragraph : text.split("\\R", -1)) {
            for (String line : wrap(paragraph, font, size)) {
                if (y - size * LEADING < MARGIN) {
                    newPage();
                }
                y -= size * LEADING;
                show(line, font, size);
            }
        }
    }

    /** One rectangle per run of dark modules of a row whose bottom edge is at {@code bottom}. */
    private void darkRuns(boolean[] row, float bottom, float module) throws IOException {
        int column = 0;
        while (column < row.length) {
            int run = 0;
            while (column + run < row.length && row[column + run]) {
                run++;
            }
            if (run > 0) {
                page.addRect(MARGIN + (column + QUIET_ZONE) * module, bottom, run * module, module);
            }
            column += Math.max(run, 1);
        }
    }

    private List<String> wrap(String paragraph, PDType0Font font, float size) {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(candidate, font, size) > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String line, PDType0Font font, float size) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(String file) {
        try (InputStream in = PdfLayout.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path");
            }
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
