package com.renewalpost.labels.letter;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.barcode.BarcodeSymbol;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.DocumentFonts;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.pdf.Fit;
import com.renewalpost.labels.pdf.FormCache;
import com.renewalpost.labels.pdf.PlainLines;
import com.renewalpost.labels.pdf.PdfOutput;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;

/**
 * Prints activation letters, one page each, on the configured paper. Not thread-safe: one instance per thread.
 */
public final class ActivationLetters {

    private static final float MARGIN = 50;
    private static final float FOOTER_HEIGHT = 62;
    private static final DeviceGray GREY = new DeviceGray(0.35f);
    private static final DeviceGray LIGHT = new DeviceGray(0.92f);

    private final PrintSettings settings;
    private final Typefaces typefaces;

    public ActivationLetters(PrintSettings settings) {
        this.settings = settings;
        this.typefaces = new Typefaces(settings.fonts());
    }

    /** A PDF with this one letter. */
    public void write(LetterContent letter, OutputStream out) {
        try (DocumentStream<LetterContent> letters = open(out)) {
            letters.add(letter);
        }
    }

    /** A PDF of many letters in the order they are added, each page flushed as soon as it is drawn. */
    public DocumentStream<LetterContent> open(OutputStream out) {
        PdfDocument pdf = PdfOutput.open(out, "Activation letters");
        DocumentFonts fonts = typefaces.forNewDocument();
        FormCache cache = new FormCache();
        return new DocumentStream<>() {
            @Override
            public void add(LetterContent letter) {
                PdfPage page = pdf.addNewPage(settings.paper().pageSize());
                draw(page, fonts, cache, letter);
                page.flush(true); // true: also the forms it draws (barcodes), or they stay in memory until close
            }

            @Override
            public void close() {
                pdf.close();
            }
        };
    }

    /**
     * Letterhead and instructions are the same on every letter of one language: laid out once per document and placed by
     * reference. Only the part between them (greeting, code, QR code) is laid out per letter, shrunk if it must be.
     */
    private void draw(PdfPage page, DocumentFonts fonts, FormCache cache, LetterContent letter) {
        PageSize size = settings.paper().pageSize();
        PdfDocument pdf = page.getDocument();
        LetterLanguage language = letter.letterLanguage();
        LetterTexts texts = LetterTexts.of(language);
        CjkFace textFace = language.cjkFaceFor("");
        CjkFace nameFace = language.cjkFaceFor(letter.customerName());
        float width = size.getWidth() - 2 * MARGIN;
        float top = size.getHeight() - MARGIN;
        float bottom = MARGIN + FOOTER_HEIGHT;
        Fit.Block head = cache.get(java.util.List.of("letterhead", language), () -> Fit.form(pdf, width, 150,
                fonts.latin(TextStyle.REGULAR), 1, 1, 1, s -> letterhead(texts, fonts, textFace), "Letterhead"));
        boolean esim = letter.code() instanceof EsimProfile;
        boolean url = settings.topUpUrlTemplate() != null;
        Fit.Block steps = cache.get(java.util.List.of("instructions", language, esim, url), () -> Fit.form(pdf, width, 330,
                fonts.latin(TextStyle.REGULAR), 1, 1, 1, s -> instructions(esim, texts, fonts, textFace), "Instructions"));
        PdfCanvas pdfCanvas = new PdfCanvas(page);
        head.placeAt(pdfCanvas, MARGIN, top);
        float variableTop = top - head.height();
        try (Canvas canvas = new Canvas(pdfCanvas, size)) {
            canvas.setFont(fonts.latin(TextStyle.REGULAR));
            Rectangle middle = new Rectangle(MARGIN, bottom + steps.height(), width, variableTop - bottom - steps.height());
            Fit.Fitted fitted = Fit.draw(canvas, middle, 1f, 0.6f, 0.05f,
                    scale -> personal(letter, texts, fonts, nameFace, width, scale, pdf), "Letter for order " + letter.orderNumber());
            steps.placeAt(pdfCanvas, MARGIN, variableTop - fitted.height());
            footer(canvas, pdf, fonts, texts, letter, size);
        }
    }

    private Div letterhead(LetterTexts t, DocumentFonts fonts, CjkFace face) {
        Sender sender = settings.sender();
        java.util.List<String> senderLines = AddressFormats.standard().forCountry(sender.address().countryCode())
                .labelLines(sender.address());
        return new Div()
                .add(fonts.paragraph(sender.name(), TextStyle.BOLD, face, 15))
                .add(fonts.paragraph(String.join(", ", senderLines), TextStyle.REGULAR, face, 8).setFontColor(GREY))
                .add(fonts.paragraph(contactLine(t, sender), TextStyle.REGULAR, face, 8).setFontColor(GREY)
                        .setBorderBottom(new SolidBorder(GREY, 0.75f)).setPaddingBottom(6).setMarginBottom(10));
    }

    private Div personal(LetterContent letter, LetterTexts t, DocumentFonts fonts, CjkFace face, float width, float s,
            PdfDocument pdf) {
        Div div = new Div();
        if (letter.letterDate() != null) {
            String date = letter.letterDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(t.language().formatLocale()));
            div.add(fonts.paragraph(date, TextStyle.REGULAR, face, 9 * s).setTextAlignment(TextAlignment.RIGHT));
        }
        div.add(fonts.paragraph(t.text("title"), TextStyle.BOLD, face, 14 * s).setMarginTop(4 * s).setMarginBottom(8 * s));
        div.add(fonts.paragraph(t.format("greeting", letter.customerName()), TextStyle.REGULAR, face, 11 * s).setMarginBottom(4 * s));
        String intro = letter.planDescription().isEmpty() ? t.format("intro.noplan", letter.productName())
                : t.format("intro", letter.productName(), letter.planDescription());
        div.add(fonts.paragraph(intro, TextStyle.REGULAR, face, 10.5f * s).setMarginBottom(10 * s));
        div.add(codeBox(letter, t, fonts, face, width, s, pdf));
        if (letter.code() instanceof EsimProfile esim) {
            div.add(manualEntry(esim, t, fonts, face, s));
        }
        return div;
    }

    private Table codeBox(LetterContent letter, LetterTexts t, DocumentFonts fonts, CjkFace face, float width, float s,
            PdfDocument pdf) {
        ActivationCode code = letter.code();
        float qrSide = 118 * s;
        float textWidth = (width - qrSide - 40) * 0.92f; // headroom: a code must never wrap at its dashes
        Table box = new Table(UnitValue.createPointArray(new float[] {width - qrSide - 24, qrSide + 24}))
                .setWidth(width).setBorder(new SolidBorder(0.75f)).setMarginBottom(8 * s);
        Cell left = new Cell().setBorder(null).setPadding(8).setVerticalAlignment(VerticalAlignment.MIDDLE);
        String title = code instanceof EsimProfile ? t.text("code.esim.title") : t.text("code.voucher.title");
        left.add(fonts.paragraph(title, TextStyle.BOLD, face, 10 * s).setMarginBottom(6 * s));
        String reading = code.forReading();
        float codeSize = Fit.sizeForWidth(fonts.width(reading, TextStyle.MONO, face, 1), textWidth, 26 * s);
        if (codeSize < 11) {
            throw new ContentDoesNotFitException("Code of order " + letter.orderNumber() + " is too long to print legibly: "
                    + reading.length() + " characters");
        }
        left.add(fonts.paragraph(reading, TextStyle.MONO, face, codeSize).setMarginBottom(6 * s));
        if (!reading.equals(code.forTyping())) {
            left.add(fonts.paragraph(t.text("code.note"), TextStyle.REGULAR, face, 7.5f * s).setFontColor(GREY));
        }
        String payload = code.qrPayload(settings.topUpUrlTemplate());
        BarcodeSymbol qr = BarcodeSymbol.qrCode(payload);
        float module = Math.min(4f, qrSide / qr.totalWidthModules());
        Image qrImage = new Image(qr.toForm(pdf, module, 0)).setHorizontalAlignment(HorizontalAlignment.CENTER);
        String caption = code instanceof EsimProfile ? t.text("qr.esim")
                : settings.topUpUrlTemplate() != null ? t.text("qr.voucher.url") : t.text("qr.voucher.pin");
        Cell right = new Cell().setBorder(null).setPadding(4).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(qrImage)
                .add(fonts.paragraph(caption, TextStyle.REGULAR, face, 7 * s).setTextAlignment(TextAlignment.CENTER));
        return box.addCell(left).addCell(right);
    }

    private Div manualEntry(EsimProfile esim, LetterTexts t, DocumentFonts fonts, CjkFace face, float s) {
        Div div = new Div().setMarginBottom(6 * s);
        div.add(fonts.paragraph(t.text("manual.title"), TextStyle.BOLD, face, 9.5f * s).setMarginBottom(2 * s));
        div.add(labelled(fonts, face, t.text("manual.smdp"), esim.smdpAddress(), s));
        div.add(labelled(fonts, face, t.text("manual.matching"), esim.matchingId(), s));
        if (esim.confirmationCodeRequired()) {
            div.add(fonts.paragraph(t.text("manual.confirmation"), TextStyle.REGULAR, face, 8.5f * s));
        }
        return div;
    }

    private static Paragraph labelled(DocumentFonts fonts, CjkFace face, String label, String value, float s) {
        return fonts.append(fonts.paragraph(label + ":  ", TextStyle.REGULAR, face, 9 * s), value, TextStyle.MONO, face, 10 * s);
    }

    private Div instructions(boolean esim, LetterTexts t, DocumentFonts fonts, CjkFace face) {
        java.util.List<String> keys = new ArrayList<>();
        String title;
        if (esim) {
            title = t.text("steps.esim.title");
            for (int i = 1; i <= 5; i++) {
                keys.add("steps.esim." + i);
            }
        } else {
            title = t.text("steps.voucher.title");
            keys.add(settings.topUpUrlTemplate() != null ? "steps.voucher.1.url" : "steps.voucher.1.pin");
            for (int i = 2; i <= 4; i++) {
                keys.add("steps.voucher." + i);
            }
        }
        Div div = new Div();
        div.add(fonts.paragraph(title, TextStyle.BOLD, face, 10.5f).setMarginBottom(3));
        List list = new List(ListNumberingType.DECIMAL).setFont(fonts.latin(TextStyle.REGULAR)).setFontSize(9.5f).setSymbolIndent(6);
        for (String key : keys) {
            ListItem item = new ListItem();
            item.add(fonts.paragraph(t.text(key), TextStyle.REGULAR, face, 9.5f).setMarginBottom(2));
            list.add(item);
        }
        div.add(list);
        div.add(fonts.paragraph(t.text("reminder"), TextStyle.BOLD, face, 9.5f).setBackgroundColor(LIGHT).setPadding(6).setMarginTop(8));
        return div;
    }

    private static String contactLine(LetterTexts t, Sender sender) {
        StringBuilder line = new StringBuilder(t.format("support", sender.supportEmail()));
        if (sender.supportPhone() != null && !sender.supportPhone().isBlank()) {
            line.append("  ·  ").append(t.format("support.phone", sender.supportPhone()));
        }
        if (sender.website() != null && !sender.website().isBlank()) {
            line.append("  ·  ").append(t.format("support.web", sender.website()));
        }
        return line.toString();
    }

    /** Order number and its Code 128 at a fixed place at the foot of the page, where the packing station scans it. */
    private void footer(Canvas canvas, PdfDocument pdf, DocumentFonts fonts, LetterTexts t, LetterContent letter, PageSize size) {
        CjkFace face = letter.letterLanguage().cjkFaceFor(letter.customerName());
        float width = size.getWidth() - 2 * MARGIN;
        PdfCanvas pdfCanvas = canvas.getPdfCanvas();
        pdfCanvas.saveState().setStrokeColor(GREY).setLineWidth(0.75f)
                .moveTo(MARGIN, MARGIN + FOOTER_HEIGHT - 8).lineTo(MARGIN + width, MARGIN + FOOTER_HEIGHT - 8).stroke()
                .restoreState();
        BarcodeSymbol barcode = BarcodeSymbol.code128(letter.orderNumber());
        float barWidthAvailable = width * 0.6f;
        float module = Math.min(1.0f, barWidthAvailable / barcode.totalWidthModules());
        if (module < 0.5f) {
            throw new ContentDoesNotFitException("Order number " + letter.orderNumber() + " is too long for its barcode");
        }
        float barHeight = 34;
        float barX = MARGIN + width - barcode.totalWidthModules() * module;
        barcode.drawOn(pdfCanvas, barX, MARGIN + 6, module, barHeight);
        canvas.showTextAligned(fonts.paragraph(t.text("order"), TextStyle.REGULAR, face, 8).setFontColor(GREY),
                MARGIN, MARGIN + 26, TextAlignment.LEFT);
        Rectangle number = new Rectangle(MARGIN, MARGIN + 4, barX - MARGIN - 6, 18);
        if (!PlainLines.draw(pdfCanvas, fonts.latin(TextStyle.MONO), number, java.util.List.of(letter.orderNumber()), 12, 6, 0.5f)) {
            Fit.draw(canvas, number, 12, 5, 0.5f, s -> fonts.paragraph(letter.orderNumber(), TextStyle.MONO, face, s),
                    "Order number " + letter.orderNumber());
        }
    }
}
