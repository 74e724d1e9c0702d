package com.renewalpost.labels.barcode;

import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

import java.util.Objects;

/**
 * One encoded barcode: its dark modules, without quiet zone. A 1D symbol has a single row.
 *
 * @param qrMode for QR codes the encoding mode ZXing chose (ALPHANUMERIC for upper-case activation codes), else null
 */
public record BarcodeSymbol(Symbology symbology, String data, BitMatrix modules, Mode qrMode) {

    public BarcodeSymbol {
        Objects.requireNonNull(symbology, "symbology");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(modules, "modules");
    }

    /**
     * A QR code at error correction level M. ZXing picks the densest mode itself: text made only of
     * 0-9 A-Z space $%*+-./: is encoded in alphanumeric mode, which is why activation codes are upper case.
     */
    public static BarcodeSymbol qrCode(String data) {
        requireText(data);
        try {
            QRCode qr = Encoder.encode(data, ErrorCorrectionLevel.M);
            ByteMatrix matrix = qr.getMatrix();
            BitMatrix modules = new BitMatrix(matrix.getWidth(), matrix.getHeight());
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y) == 1) {
                        modules.set(x, y);
                    }
                }
            }
            return new BarcodeSymbol(Symbology.QR_CODE, data, modules, qr.getMode());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + data.length() + " characters", e);
        }
    }

    /** A Code 128 barcode; ZXing switches to code set C for runs of digits, which keeps S10 numbers short. */
    public static BarcodeSymbol code128(String data) {
        requireText(data);
        for (char c : data.toCharArray()) {
            if (c < 32 || c > 126) {
                throw new IllegalArgumentException("Code 128 takes printable ASCII only, not '" + c + "' in " + data);
            }
        }
        boolean[] bars = new Code128Writer().encode(data);
        BitMatrix modules = new BitMatrix(bars.length, 1);
        for (int x = 0; x < bars.length; x++) {
            if (bars[x]) {
                modules.set(x, 0);
            }
        }
        return new BarcodeSymbol(Symbology.CODE_128, data, modules, null);
    }

    /** Width in modules, quiet zones included. */
    public int totalWidthModules() {
        return modules.getWidth() + 2 * symbology.quietZoneModules();
    }

    /** Height in modules of a 2D symbol, quiet zones included. */
    public int totalHeightModules() {
        return modules.getHeight() + 2 * symbology.quietZoneModules();
    }

    /**
     * Draws the symbol straight onto a canvas, one filled rectangle per run of dark modules; (x, y) is the lower-left
     * corner of the quiet zone.
     */
    public void drawOn(PdfCanvas canvas, float x, float y, float moduleSize, float barHeight) {
        int quiet = symbology.quietZoneModules();
        boolean twoD = symbology == Symbology.QR_CODE;
        float height = twoD ? totalHeightModules() * moduleSize : barHeight;
        canvas.saveState().setFillColor(ColorConstants.BLACK);
        for (int row = 0; row < modules.getHeight(); row++) {
            int col = 0;
            while (col < modules.getWidth()) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules.getWidth() && modules.get(col, row)) {
                    col++;
                }
                float left = x + (quiet + start) * moduleSize;
                if (twoD) {
                    canvas.rectangle(left, y + height - (quiet + row + 1) * moduleSize, (col - start) * moduleSize, moduleSize);
                } else {
                    canvas.rectangle(left, y, (col - start) * moduleSize, barHeight);
                }
            }
        }
        canvas.fill().restoreState();
    }

    private static void requireText(String data) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("A barcode needs data");
        }
    }
}
