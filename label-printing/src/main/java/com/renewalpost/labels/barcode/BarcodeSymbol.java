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
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

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
     * The symbol as a vector form, quiet zones included (left blank): one filled rectangle per run of dark modules.
     *
     * @param moduleSize width of one module in points
     * @param barHeight  height of 1D bars in points; ignored for QR codes, whose modules are square
     */
    public PdfFormXObject toForm(PdfDocument document, float moduleSize, float barHeight) {
        int quiet = symbology.quietZoneModules();
        boolean twoD = symbology == Symbology.QR_CODE;
        float width = totalWidthModules() * moduleSize;
        float height = twoD ? totalHeightModules() * moduleSize : barHeight;
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, document);
        canvas.setFillColor(ColorConstants.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                float left = (quiet + start) * moduleSize;
                if (twoD) {
                    float top = height - (quiet + y) * moduleSize;
                    canvas.rectangle(left, top - moduleSize, (x - start) * moduleSize, moduleSize);
                } else {
                    canvas.rectangle(left, 0, (x - start) * moduleSize, barHeight);
                }
            }
        }
        canvas.fill();
        canvas.release();
        return form;
    }

    private static void requireText(String data) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("A barcode needs data");
        }
    }
}
