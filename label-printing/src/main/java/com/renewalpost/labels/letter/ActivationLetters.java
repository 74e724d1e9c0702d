package com.renewalpost.labels.letter;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.barcode.BarcodeSymbol;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.DocumentFonts;
import com.renewalpost.labels.font.ScriptFonts;
import com.renewalpost.labels.font.ShapedText;
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
import java.util.Optional;

/**
 * Prints activation letters, one page each (and the renewal form as the next page, when the letter has one), on the
 * configured paper. Not thread-safe: one instance per thread.
 */
public final class ActivationLetters {

    private static final float MARGIN = 50;
    private static final float FOOTER_HEIGHT = 62;
    private static final DeviceGray GREY = new DeviceGray(0.35f);
    private static final DeviceGray LIGHT = new DeviceGray(0.92f);
    private static final float CODE_BOX_HEIGHT = 150;
    private static final float CODE_BOX_GAP = 8;
    private static final float QR_COLUMN = 142;
    private static final float QR_SIDE = 118;
    private static final float MANUAL_LINE = 13;
    /**
     * Room tried, in turn, for the band above the footer (the customer's record, then how to recognise our emails): the
     * first lets it stand at 8 pt; the smaller ones shrink it, only when the longest product wording needs the space.
     */
    private static final float[] RECORD_ROOM = {120, 76, 62, 54};
    /** Stands for the name in the greeting while it is cut around the name: a private-use character no translation has. */
    private static final String NAME = "\uE000";

    private final PrintSettings settings;
    private final Typefaces typefaces;
    private final RenewalForms forms;

    public ActivationLetters(PrintSettings settings) {
        this.settings = settings;
        this.typefaces = new Typefaces(settings.fonts());
        this.forms = new RenewalForms(settings);
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
                if (letter.renewalForm() != null) {
                    forms.addPage(pdf, fonts, letter.renewalForm());
                }
            }

            @Override
            public void close() {
                pdf.close();
            }
        };
    }

    /**
     * Letterhead, instructions and the frame of the code box are the same on every letter of one language: laid out once
     * per document and placed by reference. Per letter only the greeting and introduction go through the layout engine
     * (wrapped, shrunk if they must be); the code, QR code and manual-entry values are drawn straight on the page.
     */
    private void draw(PdfPage page, DocumentFonts fonts, FormCache cache, LetterContent letter) {
        PageSize size = settings.paper().pageSize();
        PdfDocument pdf = page.getDocument();
        LetterLanguage language = letter.letterLanguage();
        LetterTexts texts = LetterTexts.of(language);
        CjkFace textFace = language.cjkFaceFor("");
        CjkFace nameFace = CjkFace.forLanguage(letter.language(), letter.customerName());
        float width = size.getWidth() - 2 * MARGIN;
        float top = size.getHeight() - MARGIN;
        float bottom = MARGIN + FOOTER_HEIGHT;
        LetterCode code = letter.code();
        boolean esim = code instanceof EsimProfile;
        boolean url = settings.topUpUrlTemplate() != null;
        boolean note = !code.forReading().equals(code.forTyping());
        boolean confirmation = code instanceof EsimProfile e && e.confirmationCodeRequired();
        Fit.Block head = cache.get(java.util.List.of("letterhead", language), () -> Fit.form(pdf, width, 150,
                fonts.latin(TextStyle.REGULAR), 1, 1, 1, s -> letterhead(texts, fonts, textFace), "Letterhead"));
        Fit.Block box = cache.get(java.util.List.of("code box", language, esim, url, note), () -> codeBoxFrame(pdf, fonts, texts,
                textFace, width, esim, url, note));
        Fit.Block manual = !esim ? null : cache.get(java.util.List.of("manual entry", language, confirmation), () -> Fit.form(pdf,
                width, 120, fonts.latin(TextStyle.REGULAR), 1, 1, 1, s -> manualEntryLabels(texts, fonts, textFace, confirmation),
                "Manual entry"));
        Fit.Block steps = cache.get(java.util.List.of("instructions", language, esim, url), () -> Fit.form(pdf, width, 330,
                fonts.latin(TextStyle.REGULAR), 1, 1, 1, s -> instructions(esim, texts, fonts, textFace), "Instructions"));
        float fixed = box.height() + (manual == null ? 0 : manual.height()) + steps.height();
        PdfCanvas pdfCanvas = new PdfCanvas(page);
        head.placeAt(pdfCanvas, MARGIN, top);
        float y = top - head.height();
        try (Canvas canvas = new Canvas(pdfCanvas, size)) {
            canvas.setFont(fonts.latin(TextStyle.REGULAR));
            y = greeting(pdfCanvas, letter, texts, fonts, nameFace, width, y);
            String intro = letter.planDescription().isEmpty() ? texts.format("intro.noplan", letter.productName())
                    : texts.format("intro", letter.productName(), letter.planDescription());
            Fit.Block record = null;
            for (int i = 0; record == null; i++) {
                Fit.Block band = Fit.form(pdf, width, RECORD_ROOM[i], fonts.latin(TextStyle.REGULAR), 8, 5.5f, 0.5f,
                        s -> new Div().add(record(letter, texts, fonts, textFace, s)).add(genuineEmails(texts, fonts, textFace, s)),
                        "Record of order " + letter.orderNumber());
                float below = fixed + band.height();
                Rectangle introArea = new Rectangle(MARGIN, bottom + below, width, y - bottom - below);
                try {
                    y -= Fit.draw(canvas, introArea, 10.5f, 6f, 0.5f,
                            s -> fonts.paragraph(intro, TextStyle.REGULAR, nameFace, s).setMarginBottom(10),
                            "Letter for order " + letter.orderNumber()).height();
                    record = band;
                } catch (ContentDoesNotFitException e) {
                    if (i == RECORD_ROOM.length - 1) {
                        throw e;
                    }
                }
            }
            box.placeAt(pdfCanvas, MARGIN, y);
            codeAndQr(pdfCanvas, pdf, fonts, letter, textFace, width, y);
            y -= box.height();
            if (manual != null) {
                manual.placeAt(pdfCanvas, MARGIN, y);
                manualEntryValues(pdfCanvas, fonts, texts, textFace, (EsimProfile) code, y);
                y -= manual.height();
            }
            steps.placeAt(pdfCanvas, MARGIN, y);
            // full width, one below the other: side by side, text extraction (and a screen reader) would mix the columns
            record.placeAt(pdfCanvas, MARGIN, bottom + record.height());
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

    /** Date, title and salutation, one line each, straight on the page; returns where the text below starts. */
    private float greeting(PdfCanvas canvas, LetterContent letter, LetterTexts t, DocumentFonts fonts, CjkFace face, float width,
            float top) {
        float y = top;
        if (letter.letterDate() != null) {
            String date = letter.letterDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(t.language().formatLocale()));
            y -= 9;
            fonts.showLine(canvas, date, TextStyle.REGULAR, face, 9, 9, MARGIN + width - fonts.width(date, TextStyle.REGULAR, face, 9), y,
                    width, "Date");
            y -= 4;
        }
        y -= 18;
        fonts.showLine(canvas, t.text("title"), TextStyle.BOLD, face, 14, 8, MARGIN, y, width, "Title");
        y -= 22;
        // the longest allowed name fits at 11 pt on A4 and Letter; only unusually wide scripts shrink a little
        // the letter's words as they are, the name shaped in its own script and direction between them
        String[] around = t.format("greeting", NAME).split(NAME, -1);
        ShapedText name = fonts.scripts().shape(nameToGreet(letter, fonts.scripts()), TextStyle.REGULAR, face);
        fonts.showLineAround(canvas, around[0], name, around.length > 1 ? around[1] : "", TextStyle.REGULAR, face, 11, 7, MARGIN, y,
                width, "Salutation");
        return y - 13;
    }

    /**
     * The name as the customer writes it, shaped in its own script, when the fonts draw all of it; otherwise the Latin
     * name the order also has (order entry warned when the order was taken); a blank is never printed. A name whose
     * script has no font and no Latin name is greeted with the characters that do print, or refused.
     */
    private static String nameToGreet(LetterContent letter, ScriptFonts scripts) {
        return greetedName(letter.customerName(), letter.customerNameLatin(), letter.language(), scripts)
                .orElseThrow(() -> new ContentDoesNotFitException("No font draws the name of order " + letter.orderNumber() + " ("
                        + scripts.unprintable(letter.customerName(), TextStyle.REGULAR,
                        CjkFace.forLanguage(letter.language(), letter.customerName())) + ") and it has no Latin name to print instead"));
    }

    /**
     * The name a letter greets the customer by: their own name when every character of it has a font; else the Latin name
     * when that prints; else the characters of either that do print. Empty when nothing of the name can be printed.
     *
     * @param language the customer's BCP 47 language tag, which decides the face of Chinese characters
     */
    public static Optional<String> greetedName(String customerName, String customerNameLatin, String language,
            ScriptFonts scripts) {
        String own = customerName.strip();
        CjkFace face = CjkFace.forLanguage(language, own);
        if (scripts.unprintable(own, TextStyle.REGULAR, face).isEmpty()) {
            return Optional.of(own);
        }
        String latin = customerNameLatin == null || customerNameLatin.isBlank() ? null : customerNameLatin.strip();
        if (latin != null && scripts.unprintable(latin, TextStyle.REGULAR, face).isEmpty()) {
            return Optional.of(latin);
        }
        String part = scripts.printablePart(latin != null ? latin : own, TextStyle.REGULAR, face);
        return part.isBlank() ? Optional.empty() : Optional.of(part);
    }

    /** The code box without the code: frame, title, reading note and the QR caption, the same for a whole language. */
    private Fit.Block codeBoxFrame(PdfDocument pdf, DocumentFonts fonts, LetterTexts t, CjkFace face, float width, boolean esim,
            boolean url, boolean note) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, CODE_BOX_HEIGHT + CODE_BOX_GAP));
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        float top = CODE_BOX_HEIGHT + CODE_BOX_GAP;
        canvas.saveState().setLineWidth(0.75f).rectangle(0, CODE_BOX_GAP, width, CODE_BOX_HEIGHT).stroke().restoreState();
        float textWidth = width - QR_COLUMN - 16;
        fonts.showLine(canvas, t.text(esim ? "code.esim.title" : "code.voucher.title"), TextStyle.BOLD, face, 10, 6, 10, top - 42,
                textWidth, "Code title");
        if (note) {
            canvas.saveState().setFillColor(GREY);
            fonts.showLine(canvas, t.text("code.note"), TextStyle.REGULAR, face, 7.5f, 5, 10, top - 104, textWidth, "Code note");
            canvas.restoreState();
        }
        String caption = esim ? t.text("qr.esim") : url ? t.text("qr.voucher.url") : t.text("qr.voucher.pin");
        try (Canvas layout = new Canvas(canvas, new Rectangle(width, top))) {
            layout.setFont(fonts.latin(TextStyle.REGULAR));
            Fit.draw(layout, new Rectangle(width - QR_COLUMN, CODE_BOX_GAP + 4, QR_COLUMN - 6, 22), 7, 5, 0.5f,
                    s -> fonts.paragraph(caption, TextStyle.REGULAR, face, s).setTextAlignment(TextAlignment.CENTER), "QR caption");
        }
        canvas.release();
        return new Fit.Block(form, top, top);
    }

    /** The code, large on one line, and its QR code, inside the frame whose top is at {@code top}. */
    private void codeAndQr(PdfCanvas canvas, PdfDocument pdf, DocumentFonts fonts, LetterContent letter, CjkFace face, float width,
            float top) {
        LetterCode code = letter.code();
        float textWidth = width - QR_COLUMN - 16;
        // shrinks a long code to fit, refusing below 11 pt, where it would be hard to read
        fonts.showLine(canvas, code.forReading(), TextStyle.MONO, face, 26, 11, MARGIN + 10, top - 80, textWidth,
                "Code of order " + letter.orderNumber());
        BarcodeSymbol qr = BarcodeSymbol.qrCode(code.qrPayload(settings.topUpUrlTemplate()));
        float module = Math.min(4f, QR_SIDE / qr.totalWidthModules());
        float side = qr.totalWidthModules() * module;
        float x = MARGIN + width - QR_COLUMN + (QR_COLUMN - side) / 2;
        qr.drawOn(canvas, x, top - 4 - side, module, 0);
    }

    private Div manualEntryLabels(LetterTexts t, DocumentFonts fonts, CjkFace face, boolean confirmation) {
        Div div = new Div();
        div.add(fonts.paragraph(t.text("manual.title"), TextStyle.BOLD, face, 9.5f).setMarginBottom(2));
        // room for the two lines; labels and values are drawn there on one baseline (a CJK line is taller than the
        // room, and a paragraph that does not fit its fixed height is dropped without a word)
        div.add(new Div().setHeight(2 * MANUAL_LINE));
        if (confirmation) {
            div.add(fonts.paragraph(t.text("manual.confirmation"), TextStyle.REGULAR, face, 8.5f));
        }
        return div.setMarginBottom(6);
    }

    /** The SM-DP+ address and matching ID beside their labels, exactly as they must be typed. */
    private void manualEntryValues(PdfCanvas canvas, DocumentFonts fonts, LetterTexts t, CjkFace face, EsimProfile esim, float top) {
        String smdpLabel = t.format("manual.label", t.text("manual.smdp"));
        String matchingLabel = t.format("manual.label", t.text("manual.matching"));
        float width = settings.paper().pageSize().getWidth() - 2 * MARGIN;
        float labels = Math.min(width / 2, Math.max(fonts.width(smdpLabel, TextStyle.REGULAR, face, 9),
                fonts.width(matchingLabel, TextStyle.REGULAR, face, 9)));
        float x = MARGIN + labels + 8;
        float available = settings.paper().pageSize().getWidth() - MARGIN - x;
        float firstBaseline = top - 9.5f * 1.15f - 2 - MANUAL_LINE + 3.2f;
        fonts.showLine(canvas, smdpLabel, TextStyle.REGULAR, face, 9, 6, MARGIN, firstBaseline, labels, "SM-DP+ address label");
        fonts.showLine(canvas, matchingLabel, TextStyle.REGULAR, face, 9, 6, MARGIN, firstBaseline - MANUAL_LINE, labels,
                "Activation code label");
        fonts.showLine(canvas, esim.smdpAddress(), TextStyle.MONO, face, 10, 6, x, firstBaseline, available, "SM-DP+ address");
        fonts.showLine(canvas, esim.matchingId(), TextStyle.MONO, face, 10, 6, x, firstBaseline - MANUAL_LINE, available, "Matching ID");
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

    /** How to tell our emails from phishing: the letter is the one message from us that cannot be forged by email. */
    private Div genuineEmails(LetterTexts t, DocumentFonts fonts, CjkFace face, float size) {
        return new Div().setPaddingTop(2)
                .add(fonts.paragraph(t.text("genuine.title"), TextStyle.BOLD, face, size).setMarginBottom(1))
                .add(fonts.paragraph(t.text("genuine.text"), TextStyle.REGULAR, face, size));
    }

    /** The order's number, date and payment and how to reach support: what the customer keeps as their record. */
    private Div record(LetterContent letter, LetterTexts t, DocumentFonts fonts, CjkFace face, float size) {
        Div div = new Div().setPaddingTop(2);
        div.add(fonts.paragraph(t.text("record.title"), TextStyle.BOLD, face, size).setMarginBottom(1));
        StringBuilder line = new StringBuilder();
        Receipt receipt = letter.receipt();
        if (receipt != null) {
            String date = receipt.orderedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(t.language().formatLocale()));
            line.append(t.format("record.order", letter.orderNumber(), date)).append(' ');
            line.append(receipt.paidBy() == PaidBy.OTHER ? t.format("record.paid.other", receipt.amountText())
                    : t.format("record.paid", receipt.amountText(), t.text("paid." + receipt.paidBy().name())));
            line.append(' ');
        }
        // one paragraph: a half-empty line per sentence is room the longest product wording needs
        line.append(t.format("record.support", settings.sender().supportEmail()));
        return div.add(fonts.paragraph(line.toString(), TextStyle.REGULAR, face, size));
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
        pdfCanvas.saveState().setFillColor(GREY);
        fonts.showLine(pdfCanvas, t.text("order"), TextStyle.REGULAR, face, 8, 6, MARGIN, MARGIN + 28, barX - MARGIN - 6, "Order label");
        pdfCanvas.restoreState();
        Rectangle number = new Rectangle(MARGIN, MARGIN + 4, barX - MARGIN - 6, 18);
        if (!PlainLines.draw(pdfCanvas, fonts.latin(TextStyle.MONO), number, java.util.List.of(letter.orderNumber()), 12, 6, 0.5f)) {
            Fit.draw(canvas, number, 12, 5, 0.5f, s -> fonts.paragraph(letter.orderNumber(), TextStyle.MONO, face, s),
                    "Order number " + letter.orderNumber());
        }
    }
}
