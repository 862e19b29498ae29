package vn.practica.placement.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The dark modules of a QR code (ZXing's encoder, error correction level M), row by row, without quiet zone. */
final class QrModules {
    private QrModules() {}

    static boolean[][] of(String text) {
        try {
            ByteMatrix matrix = Encoder.encode(
                            text,
                            ErrorCorrectionLevel.M,
                            Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
                    .getMatrix();
            boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int row = 0; row < dark.length; row++) {
                for (int column = 0; column < dark[row].length; column++) {
                    dark[row][column] = matrix.get(column, row) == 1;
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", e);
        }
    }
}
