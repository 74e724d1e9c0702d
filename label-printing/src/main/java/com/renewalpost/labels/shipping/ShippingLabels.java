package com.renewalpost.labels.shipping;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.barcode.BarcodeSymbol;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.DocumentFonts;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.pdf.Fit;
import com.renewalpost.labels.pdf.FormCache;
import com.renewalpost.labels.pdf.PlainLines;
import com.renewalpost.labels.pdf.PdfOutput;
import com.renewalpost.labels.shipping.LabelLayout.Box;

import java.io.OutputStream;
import java.util.List;

/**
 * Prints 4x6 in shipping labels as PDF: one label per page for thermal printers, or two per A4/US Letter sheet.
 * Not thread-safe: one instance per thread.
 */
public final class ShippingLabels {

    /** 4 x 6 in. */
    public static final PageSize LABEL_SIZE = new PageSize(LabelLayout.WIDTH, LabelLayout.HEIGHT);
    /** A 203 dpi printer dot in points: barcode modules are whole dots so thermal printers do not distort them. */
    static final float DOT = 72f / 203f;
    /**
     * Narrowest bar of every barcode on a label, in 203 dpi dots: 3 dots (0.375 mm) survive a thermal head's dot gain and
     * a 150 dpi scan, where 2-dot bars merged and failed to decode.
     */
    public static final int MODULE_DOTS = 3;
    private static final CjkFace FACE = LabelLayout.FACE;
    private static final DeviceGray GREY = new DeviceGray(0.3f);

    private final PrintSettings settings;
    private final List<String> returnAddress;
    private final Typefaces typefaces;

    public ShippingLabels(PrintSettings settings) {
        this.settings = settings;
        this.returnAddress = LabelLayout.returnAddress(settings);
        this.typefaces = new Typefaces(settings.fonts());
    }

    /** A PDF with this one label on a 4x6 in page. */
    public void writePdf(ShippingLabelContent label, OutputStream out) {
        try (DocumentStream<ShippingLabelContent> labels = openPdf(out)) {
            labels.add(label);
        }
    }

    /** A PDF of 4x6 in pages, one label each, in the order added. */
    public DocumentStream<ShippingLabelContent> openPdf(OutputStream out) {
        PdfDocument pdf = PdfOutput.open(out, "Shipping labels");
        DocumentFonts fonts = typefaces.forNewDocument();
        FormCache cache = new FormCache();
        return new DocumentStream<>() {
            @Override
            public void add(ShippingLabelContent label) {
                PdfPage page = pdf.addNewPage(LABEL_SIZE);
                PdfCanvas canvas = new PdfCanvas(page);
                draw(pdf, canvas, fonts, cache, label);
                page.flush(true); // true: also the forms it draws (barcodes), or they stay in memory until close
            }

            @Override
            public void close() {
                pdf.close();
            }
        };
    }

    /** Labels on the configured office paper, two per page, turned a quarter so both fit with printer margins to spare. */
    public DocumentStream<ShippingLabelContent> openSheets(OutputStream out) {
        PdfDocument pdf = PdfOutput.open(out, "Shipping label sheets");
        DocumentFonts fonts = typefaces.forNewDocument();
        FormCache cache = new FormCache();
        return new DocumentStream<>() {
            private PdfPage page;
            private int onPage;

            @Override
            public void add(ShippingLabelContent label) {
                PageSize size = settings.paper().pageSize();
                if (page == null || onPage == 2) {
                    if (page != null) {
                        page.flush(true); // true: also the forms it draws (barcodes), or they stay in memory until close
                    }
                    page = pdf.addNewPage(size);
                    onPage = 0;
                    PdfCanvas cut = new PdfCanvas(page);
                    cut.saveState().setLineDash(4, 4).setLineWidth(0.5f).setStrokeColor(GREY)
                            .moveTo(18, size.getHeight() / 2).lineTo(size.getWidth() - 18, size.getHeight() / 2).stroke()
                            .restoreState();
                }
                PdfFormXObject form = new PdfFormXObject(new Rectangle(LabelLayout.WIDTH, LabelLayout.HEIGHT));
                draw(pdf, new PdfCanvas(form, pdf), fonts, cache, label);
                // turned 90 degrees anticlockwise: the label's 6 in side runs across the page
                float left = (size.getWidth() - LabelLayout.HEIGHT) / 2;
                float gap = (size.getHeight() / 2 - LabelLayout.WIDTH) / 2;
                float bottom = onPage == 0 ? size.getHeight() / 2 + gap : gap;
                new PdfCanvas(page).addXObjectWithTransformationMatrix(form, 0, 1, -1, 0, left + LabelLayout.HEIGHT, bottom);
                onPage++;
            }

            @Override
            public void close() {
                pdf.close();
            }
        };
    }

    /**
     * Draws one label into a 288 x 432 pt area whose lower-left corner is the canvas origin. The parts every label of
     * a run shares (return address, postage, service; the CN22 when the declaration is the same) are drawn once per
     * document and placed by reference.
     */
    void draw(PdfDocument pdf, PdfCanvas pdfCanvas, DocumentFonts fonts, FormCache cache, ShippingLabelContent content) {
        LabelLayout l = new LabelLayout(content, settings, returnAddress, typefaces);
        cache.get(List.of("label-header", l.serviceText, l.postageLines, l.fromLines), () -> wholeLabelForm(pdf, fonts, canvas -> header(canvas, fonts, l)))
                .placeAt(pdfCanvas, 0, LabelLayout.HEIGHT);
        if (l.declaration != null) {
            cache.get(List.of("cn22", l.declaration), () -> wholeLabelForm(pdf, fonts, canvas -> {
                frame(canvas.getPdfCanvas(), l.customs, 0.75f);
                Fit.draw(canvas, inset(pdf(l.customs), 3), 1, 0.6f, 0.05f, scale -> customs(fonts, l, scale), "CN22 declaration");
            })).placeAt(pdfCanvas, 0, LabelLayout.HEIGHT);
        }
        try (Canvas canvas = new Canvas(pdfCanvas, new Rectangle(LabelLayout.WIDTH, LabelLayout.HEIGHT))) {
            canvas.setFont(fonts.latin(TextStyle.REGULAR));
            Box to = l.recipient;
            PlainLines.draw(pdfCanvas, fonts.latin(TextStyle.BOLD), pdf(new Box(to.x(), to.y() + 2, 20, 10)), List.of("TO:"), 7, 7, 1);
            // the lines and size the ZPL label prints too (LabelLayout): no second layout engine breaks them differently
            fonts.showLines(pdfCanvas, l.recipientText, TextStyle.BOLD, FACE, l.recipientLinesBox.x(), pdfY(l.recipientLinesBox.y()));
            if (l.tracking != null) {
                rule(pdfCanvas, l.tracking.y(), 0.75f);
                barcode(pdf, pdfCanvas, l.trackingNumber, l.tracking, 36, "Tracking number");
                canvas.showTextAligned(fonts.paragraph(l.trackingHumanReadable, TextStyle.BOLD, FACE, 10),
                        LabelLayout.WIDTH / 2, pdfY(l.tracking.bottom()) + 2, TextAlignment.CENTER);
            }
            if (l.sticker != null) {
                // a dashed box the size of the sticker, its words in the middle
                Box box = l.sticker;
                pdfCanvas.saveState().setLineWidth(1).setLineDash(5, 3)
                        .rectangle(box.x(), pdfY(box.bottom()), box.width(), box.height()).stroke().restoreState();
                canvas.showTextAligned(fonts.paragraph(LabelLayout.STICKER_TEXT, TextStyle.BOLD, FACE, 10),
                        LabelLayout.WIDTH / 2, pdfY(box.y() + box.height() / 2) - 4, TextAlignment.CENTER);
            }
            rule(pdfCanvas, l.order.y(), 0.75f);
            PlainLines.draw(pdfCanvas, fonts.latin(TextStyle.REGULAR), pdf(new Box(l.order.x(), l.order.y() + 4, 34, 9)),
                    List.of("ORDER"), 7, 7, 1);
            Rectangle number = pdf(new Box(l.order.x() + 34, l.order.y() + 2, l.order.width() - 34, 12));
            if (!PlainLines.draw(pdfCanvas, fonts.latin(TextStyle.MONO), number, List.of(l.orderNumber), 10, 5, 0.25f)) {
                Fit.draw(canvas, number, 10, 5, 0.25f, size -> fonts.paragraph(l.orderNumber, TextStyle.MONO, FACE, size), "Order number");
            }
            barcode(pdf, pdfCanvas, l.orderNumber, new Box(l.order.x(), l.order.y() + 13, l.order.width(), 25), 23, "Order number");
        }
    }

    private void header(Canvas canvas, DocumentFonts fonts, LabelLayout l) {
        PdfCanvas pdfCanvas = canvas.getPdfCanvas();
        fonts.showLines(pdfCanvas, l.fromText, TextStyle.REGULAR, FACE, l.from.x(), pdfY(l.from.y()));
        frame(pdfCanvas, l.postage, 1f);
        Fit.draw(canvas, inset(pdf(l.postage), 3), 8, 4.5f, 0.25f, size -> centred(fonts, l.postageLines, size), "Postage text");
        rule(pdfCanvas, l.service.y() - 1, 1.5f);
        rule(pdfCanvas, l.service.bottom() + 1, 1.5f);
        Fit.draw(canvas, inset(pdf(l.service), 1), 12, 6, 0.25f,
                size -> fonts.paragraph(l.serviceText, TextStyle.BOLD, FACE, size), "Mail service");
    }

    private static Fit.Block wholeLabelForm(PdfDocument pdf, DocumentFonts fonts, java.util.function.Consumer<Canvas> drawing) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(LabelLayout.WIDTH, LabelLayout.HEIGHT));
        try (Canvas canvas = new Canvas(form, pdf)) {
            canvas.setFont(fonts.latin(TextStyle.REGULAR));
            drawing.accept(canvas);
        }
        return new Fit.Block(form, LabelLayout.HEIGHT, LabelLayout.HEIGHT);
    }

    private Div customs(DocumentFonts fonts, LabelLayout l, float s) {
        CustomsDeclaration d = l.declaration;
        Div div = new Div();
        Table head = new Table(UnitValue.createPercentArray(new float[] {62, 38})).useAllAvailableWidth();
        head.addCell(plain().add(fonts.paragraph("CUSTOMS DECLARATION  CN 22", TextStyle.BOLD, FACE, 8 * s)));
        head.addCell(plain().add(fonts.paragraph("May be opened officially", TextStyle.REGULAR, FACE, 6 * s)
                .setTextAlignment(TextAlignment.RIGHT)));
        div.add(head);
        Paragraph boxes = fonts.paragraph("", TextStyle.REGULAR, FACE, 6.5f * s).setMarginTop(1 * s);
        for (CustomsCategory category : CustomsCategory.values()) {
            fonts.append(boxes, (category == d.category() ? "[X] " : "[  ] ") + category.printed() + "   ",
                    category == d.category() ? TextStyle.BOLD : TextStyle.REGULAR, FACE, 6.5f * s);
        }
        div.add(boxes);
        Table items = new Table(UnitValue.createPercentArray(new float[] {46, 10, 20, 24})).useAllAvailableWidth().setMarginTop(2 * s);
        for (String h : List.of("Detailed description of contents", "Qty", "Net weight (kg)", "Value")) {
            items.addHeaderCell(cell(fonts.paragraph(h, TextStyle.REGULAR, FACE, 5.5f * s)));
        }
        items.addCell(cell(fonts.paragraph(d.description(), TextStyle.BOLD, FACE, 7 * s)));
        items.addCell(cell(fonts.paragraph(Integer.toString(d.quantity()), TextStyle.BOLD, FACE, 7 * s)));
        items.addCell(cell(fonts.paragraph(d.netWeightKg(), TextStyle.BOLD, FACE, 7 * s)));
        items.addCell(cell(fonts.paragraph(d.valueText(), TextStyle.BOLD, FACE, 7 * s)));
        items.addCell(cell(fonts.paragraph("HS tariff number: " + d.hsCodeText(), TextStyle.REGULAR, FACE, 6.5f * s)).setPaddingRight(1));
        items.addCell(new Cell(1, 3).setBorder(new SolidBorder(0.5f)).setPadding(1.5f * s)
                .add(fonts.paragraph("Country of origin: " + l.originCountryName, TextStyle.REGULAR, FACE, 6.5f * s)));
        items.addCell(cell(fonts.paragraph("Total", TextStyle.REGULAR, FACE, 6 * s)));
        items.addCell(cell(fonts.paragraph(Integer.toString(d.quantity()), TextStyle.REGULAR, FACE, 6 * s)));
        items.addCell(cell(fonts.paragraph(d.netWeightKg(), TextStyle.REGULAR, FACE, 6 * s)));
        items.addCell(cell(fonts.paragraph(d.valueText(), TextStyle.REGULAR, FACE, 6 * s)));
        div.add(items);
        div.add(fonts.paragraph(LabelLayout.CUSTOMS_CERTIFICATE, TextStyle.REGULAR, FACE, 4.8f * s).setMarginTop(2 * s));
        div.add(fonts.paragraph("Date and sender's signature: " + d.date() + "   " + d.signerName(), TextStyle.BOLD, FACE, 6.5f * s)
                .setMarginTop(1.5f * s));
        return div;
    }

    /**
     * Draws a Code 128 centred in the box's width at the box's top, with modules of {@link #MODULE_DOTS} printer dots and
     * quiet zones of 10 modules; returns its width. A code that does not fit is refused: thinner bars do not scan.
     */
    private static float barcode(PdfDocument pdf, PdfCanvas canvas, String data, Box box, float barHeight, String what) {
        BarcodeSymbol symbol = BarcodeSymbol.code128(data);
        float module = MODULE_DOTS * DOT;
        float width = symbol.totalWidthModules() * module;
        if (width > box.width()) {
            throw new ContentDoesNotFitException(what + " " + data + " is too long for a barcode on a 4x6 label: it needs "
                    + Math.round(width) + " pt with " + MODULE_DOTS + "-dot bars and quiet zones, the label has " + Math.round(box.width()));
        }
        float x = box.x() + (box.width() - width) / 2;
        symbol.drawOn(canvas, x, pdfY(box.y() + 2) - barHeight, module, barHeight);
        return width;
    }

    private static Div centred(DocumentFonts fonts, List<String> lines, float size) {
        Div div = new Div().setVerticalAlignment(VerticalAlignment.MIDDLE);
        for (String line : lines) {
            div.add(fonts.paragraph(line, TextStyle.BOLD, FACE, size).setTextAlignment(TextAlignment.CENTER));
        }
        return div;
    }

    private static Cell plain() {
        return new Cell().setBorder(null).setPadding(0);
    }

    private static Cell cell(Paragraph p) {
        return new Cell().setBorder(new SolidBorder(0.5f)).setPadding(1.5f).add(p);
    }

    private static void frame(PdfCanvas canvas, Box box, float width) {
        canvas.saveState().setLineWidth(width).rectangle(box.x(), pdfY(box.bottom()), box.width(), box.height()).stroke().restoreState();
    }

    private static void rule(PdfCanvas canvas, float y, float width) {
        canvas.saveState().setLineWidth(width).moveTo(4, pdfY(y)).lineTo(LabelLayout.WIDTH - 4, pdfY(y)).stroke().restoreState();
    }

    private static Rectangle pdf(Box box) {
        return new Rectangle(box.x(), pdfY(box.bottom()), box.width(), box.height());
    }

    private static Rectangle inset(Rectangle r, float by) {
        return new Rectangle(r.getX() + by, r.getY() + by, r.getWidth() - 2 * by, r.getHeight() - 2 * by);
    }

    private static float pdfY(float yFromTop) {
        return LabelLayout.HEIGHT - yFromTop;
    }
}
