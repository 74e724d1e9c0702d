package com.renewalpost.mail;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The eSIM QR code as a PNG, drawn from ZXing's bit matrix with the JDK's own PNG writer. */
final class QrCode {

    /** Pixels per module: large enough for a phone camera pointed at a screen. */
    private static final int MODULE_PIXELS = 8;

    private QrCode() {
    }

    static byte[] png(String content) {
        BitMatrix modules;
        try {
            // size 0 asks for one pixel per module; the 4-module quiet zone is what scanners expect
            modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("content does not fit in a QR code", e);
        }
        int width = modules.getWidth() * MODULE_PIXELS;
        int height = modules.getHeight() * MODULE_PIXELS;
        // 1 bit per pixel: index 0 is black, 1 is white in the default binary palette
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0 : 1);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("the JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
