package com.renewalpost.labels.bench;

import com.google.zxing.common.BitMatrix;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.barcode.BarcodeSymbol;
import com.renewalpost.labels.font.FontPaths;
import com.renewalpost.labels.letter.EsimProfile;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.run.Envelope;
import com.renewalpost.labels.shipping.CustomsDeclaration;
import com.renewalpost.labels.shipping.ShippingLabelContent;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * The yardstick: a minimal program drawing the same content on the same pages straight onto iText's PdfCanvas,
 * with no layout engine, no fitting, no wrapping and no language bundles. Same fonts, same embedding, same flushing.
 */
final class DirectITextBaseline {

    private final PrintSettings settings;
    private final FontProgram regular;
    private final FontProgram bold;
    private final FontProgram mono;
    private final FontProgram cjkSc;
    private final FontProgram cjkTc;

    DirectITextBaseline(PrintSettings settings) throws IOException {
        this.settings = settings;
        FontPaths f = settings.fonts();
        regular = FontProgramFactory.createFont(Files.readAllBytes(f.latinRegular()), false);
        bold = FontProgramFactory.createFont(Files.readAllBytes(f.latinBold()), false);
        mono = FontProgramFactory.createFont(Files.readAllBytes(f.latinMono()), false);
        byte[] cjk = Files.readAllBytes(f.cjk());
        cjkSc = FontProgramFactory.createFont(cjk, 2, false);
        cjkTc = FontProgramFactory.createFont(cjk, 3, false);
    }

    private static PdfFont embed(FontProgram p) {
        return PdfFontFactory.createFont(p, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    void write(Iterable<Envelope> items, OutputStream lettersOut, OutputStream labelsOut) {
        WriterProperties props = new WriterProperties().setFullCompressionMode(true);
        try (PdfDocument letters = new PdfDocument(new PdfWriter(new BufferedOutputStream(lettersOut, 1 << 14), props));
             PdfDocument labels = new PdfDocument(new PdfWriter(new BufferedOutputStream(labelsOut, 1 << 14), props))) {
            Fonts lf = new Fonts(embed(regular), embed(bold), embed(mono), null, null);
            Fonts bf = new Fonts(embed(regular), embed(bold), embed(mono), null, null);
            for (Envelope item : items) {
                letter(letters, lf, item.letter());
                label(labels, bf, item.label());
            }
        }
    }

    private final class Fonts {
        final PdfFont regular;
        final PdfFont bold;
        final PdfFont mono;
        PdfFont sc;
        PdfFont tc;

        Fonts(PdfFont regular, PdfFont bold, PdfFont mono, PdfFont sc, PdfFont tc) {
            this.regular = regular;
            this.bold = bold;
            this.mono = mono;
            this.sc = sc;
            this.tc = tc;
        }

        PdfFont cjk(String language) {
            if ("zh-Hant".equals(language)) {
                return tc == null ? tc = embed(cjkTc) : tc;
            }
            return sc == null ? sc = embed(cjkSc) : sc;
        }
    }

    private void letter(PdfDocument pdf, Fonts f, LetterContent c) {
        PageSize size = settings.paper().pageSize();
        PdfPage page = pdf.addNewPage(size);
        PdfCanvas canvas = new PdfCanvas(page);
        boolean chinese = c.language().startsWith("zh");
        PdfFont body = chinese ? f.cjk(c.language()) : f.regular;
        float y = size.getHeight() - 60;
        y = line(canvas, f.bold, 15, 50, y, settings.sender().name());
        y = line(canvas, f.regular, 8, 50, y, String.join(", ", AddressFormats.standard().forCountry("US").labelLines(settings.sender().address())));
        y = line(canvas, f.regular, 8, 50, y, "Questions? Email " + settings.sender().supportEmail());
        y = line(canvas, f.regular, 9, 420, y - 10, c.letterDate().toString());
        y = line(canvas, body, 14, 50, y, chinese ? "您的续费卡" : "Your renewal card");
        y = line(canvas, containsCjk(c.customerName()) ? f.cjk(c.language()) : f.regular, 11, 50, y, c.customerName());
        y = line(canvas, f.regular, 10.5f, 50, y, "Thank you for your order. Here is your renewal for " + c.productName());
        y = line(canvas, f.regular, 10.5f, 50, y, c.planDescription());
        y = line(canvas, f.bold, 10, 60, y - 10, "Your activation code");
        y = line(canvas, f.mono, 24, 60, y - 10, c.code().forReading());
        BarcodeSymbol qr = BarcodeSymbol.qrCode(c.code().qrPayload(settings.topUpUrlTemplate()));
        draw(canvas, qr.modules(), 440, y - 20, 3.2f, 3.2f);
        if (c.code() instanceof EsimProfile e) {
            y = line(canvas, f.regular, 9, 50, y - 60, "SM-DP+ address: " + e.smdpAddress());
            y = line(canvas, f.regular, 9, 50, y, "Activation code: " + e.matchingId());
        }
        for (int i = 1; i <= 5; i++) {
            y = line(canvas, body, 9.5f, 60, y, i + ". " + (chinese ? "将手机连接到 Wi-Fi。" : "Open Settings, then Mobile data (or Cellular), then Add eSIM."));
        }
        y = line(canvas, f.bold, 9.5f, 50, y - 6, "Renew a week before your plan expires. Post from the United States can take two weeks.");
        line(canvas, f.regular, 8, 50, 90, "Order number");
        line(canvas, f.mono, 12, 50, 76, c.orderNumber());
        BarcodeSymbol bars = BarcodeSymbol.code128(c.orderNumber());
        draw(canvas, bars.modules(), 360, 56, 1f, 34);
        page.flush();
    }

    private void label(PdfDocument pdf, Fonts f, ShippingLabelContent c) {
        PdfPage page = pdf.addNewPage(new PageSize(288, 432));
        PdfCanvas canvas = new PdfCanvas(page);
        float y = 418;
        for (String s : AddressFormats.standard().forCountry("US").labelLines(settings.sender().address())) {
            y = line(canvas, f.regular, 7, 8, y, s);
        }
        canvas.rectangle(190, 370, 90, 54).stroke();
        float py = 410;
        for (String s : settings.postageText().split("\n")) {
            py = line(canvas, f.bold, 7, 196, py, s);
        }
        line(canvas, f.bold, 12, 8, 350, c.service().toUpperCase());
        y = 330;
        for (String s : AddressFormats.standard().forCountry(c.recipient().countryCode()).labelLines(c.recipient())) {
            y = line(canvas, f.bold, 12, 30, y, s);
        }
        draw(canvas, BarcodeSymbol.code128(c.trackingNumber()).modules(), 60, 180, 3 * 72f / 203, 36);
        line(canvas, f.bold, 10, 90, 168, c.trackingNumber());
        CustomsDeclaration d = c.customs();
        canvas.rectangle(8, 40, 272, 120).stroke();
        float cy = 150;
        for (String s : List.of("CUSTOMS DECLARATION CN 22", "[ ] Gift [ ] Documents [ ] Commercial sample [X] Other", d.description(),
                d.quantity() + "  " + d.netWeightKg() + " kg  " + d.valueText(), "HS tariff number: " + d.hsCodeText(),
                "Country of origin: UNITED STATES", "I, the undersigned, whose name and address are given on the item, certify",
                "that the particulars given in this declaration are correct and that this item does not",
                "contain any dangerous article prohibited by legislation or by postal or customs regulations.",
                "Date and sender's signature: " + d.date() + " " + d.signerName())) {
            cy = line(canvas, f.regular, 6, 12, cy, s);
        }
        line(canvas, f.mono, 10, 8, 14, c.orderNumber());
        draw(canvas, BarcodeSymbol.code128(c.orderNumber()).modules(), 120, 6, 2 * 72f / 203, 28);
        page.flush();
    }

    private static float line(PdfCanvas canvas, PdfFont font, float size, float x, float y, String text) {
        canvas.beginText().setFontAndSize(font, size).moveText(x, y).showText(text).endText();
        return y - size * 1.2f;
    }

    private static void draw(PdfCanvas canvas, BitMatrix m, float x, float y, float module, float barHeight) {
        boolean twoD = m.getHeight() > 1;
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) {
                        col++;
                    }
                    canvas.rectangle(x + start * module, twoD ? y - (row + 1) * module : y, (col - start) * module,
                            twoD ? module : barHeight);
                }
            }
        }
        canvas.fill();
    }

    private static boolean containsCjk(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
