package com.renewalpost.labels.run;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.barcode.BarcodeSymbol;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.DocumentFonts;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.pdf.Fit;
import com.renewalpost.labels.pdf.PdfOutput;

import java.io.OutputStream;

/**
 * The packing list of a print run: one line per envelope with its position, order number and barcode, recipient,
 * destination and product, so that the packing station can check every envelope. Streams page by page.
 */
final class PackingList {

    private static final float MARGIN = 36;
    private static final float HEADER = 40;
    private static final float ROW = 38;
    private static final float[] COLUMNS = {30, 160, 130, 110}; // the product takes the rest
    /** Blank kept on each side of a cell's text, so that neighbouring columns never touch. */
    private static final float PAD = 4;
    private static final String[] HEADINGS = {"#", "Order number", "Recipient", "Destination", "Product"};
    private static final DeviceGray GREY = new DeviceGray(0.5f);

    private final PrintSettings settings;
    private final Typefaces typefaces;

    PackingList(PrintSettings settings, Typefaces typefaces) {
        this.settings = settings;
        this.typefaces = typefaces;
    }

    DocumentStream<Envelope> open(OutputStream out, String runName) {
        PdfDocument pdf = PdfOutput.open(out, "Packing list " + runName);
        DocumentFonts fonts = typefaces.forNewDocument();
        PageSize size = settings.paper().pageSize();
        int rowsPerPage = (int) ((size.getHeight() - 2 * MARGIN - HEADER) / ROW);
        return new DocumentStream<>() {
            private PdfPage page;
            private int position;

            @Override
            public void add(Envelope item) {
                if (position % rowsPerPage == 0) {
                    if (page != null) {
                        page.flush(true); // true: also the forms it draws (barcodes), or they stay in memory until close
                    }
                    page = pdf.addNewPage(size);
                    header(pdf, page, fonts, size, runName, position / rowsPerPage + 1);
                }
                float top = size.getHeight() - MARGIN - HEADER - (position % rowsPerPage) * ROW;
                position++;
                row(pdf, page, fonts, size, top, position, item);
            }

            @Override
            public void close() {
                if (page == null) {
                    page = pdf.addNewPage(size);
                    header(pdf, page, fonts, size, runName, 1);
                }
                pdf.close();
            }
        };
    }

    private void header(PdfDocument pdf, PdfPage page, DocumentFonts fonts, PageSize size, String runName, int pageNumber) {
        try (Canvas canvas = new Canvas(new PdfCanvas(page), size)) {
            canvas.setFont(fonts.latin(TextStyle.REGULAR));
            float width = size.getWidth() - 2 * MARGIN;
            float top = size.getHeight() - MARGIN;
            Fit.draw(canvas, new Rectangle(MARGIN, top - 20, width, 20), 13, 7, 0.5f,
                    s -> fonts.paragraph("Packing list  " + runName + "  ·  " + settings.sender().name() + "  ·  page " + pageNumber,
                            TextStyle.BOLD, CjkFace.SIMPLIFIED_CHINESE, s), "Packing list title");
            float x = MARGIN;
            for (int i = 0; i < HEADINGS.length; i++) {
                float w = i < COLUMNS.length ? COLUMNS[i] : width - (x - MARGIN);
                canvas.showTextAligned(fonts.paragraph(HEADINGS[i], TextStyle.BOLD, CjkFace.SIMPLIFIED_CHINESE, 8), x + PAD,
                        top - HEADER + 6, com.itextpdf.layout.properties.TextAlignment.LEFT);
                x += w;
            }
            canvas.getPdfCanvas().saveState().setLineWidth(0.75f).moveTo(MARGIN, top - HEADER + 2)
                    .lineTo(MARGIN + width, top - HEADER + 2).stroke().restoreState();
        }
    }

    private void row(PdfDocument pdf, PdfPage page, DocumentFonts fonts, PageSize size, float top, int position, Envelope item) {
        PdfCanvas pdfCanvas = new PdfCanvas(page);
        float width = size.getWidth() - 2 * MARGIN;
        PostalAddress to = item.label().recipient();
        String recipient = to.name() != null && !to.name().isBlank() ? to.name() : to.organisation();
        String destination = AddressFormats.standard().forCountry(to.countryCode()).countryName();
        CjkFace face = item.letter().letterLanguage().cjkFaceFor(item.letter().customerName());
        try (Canvas canvas = new Canvas(pdfCanvas, size)) {
            canvas.setFont(fonts.latin(TextStyle.REGULAR));
            float x = MARGIN;
            float y = top - ROW;
            cell(canvas, fonts, face, new Rectangle(x, y, COLUMNS[0], ROW), Integer.toString(position), TextStyle.BOLD, "Position");
            x += COLUMNS[0];
            BarcodeSymbol bars = BarcodeSymbol.code128(item.orderNumber());
            float module = Math.min(0.85f, (COLUMNS[1] - 6) / bars.totalWidthModules());
            if (module < 0.5f) {
                throw new ContentDoesNotFitException("Order number " + item.orderNumber() + " is too long for the packing list barcode");
            }
            bars.drawOn(pdfCanvas, x, y + ROW - 23, module, 20);
            cell(canvas, fonts, face, new Rectangle(x + 2, y + 1, COLUMNS[1] - 4, 13), item.orderNumber(), TextStyle.MONO, "Order number");
            x += COLUMNS[1];
            cell(canvas, fonts, face, new Rectangle(x, y, COLUMNS[2], ROW), recipient, TextStyle.REGULAR, "Recipient");
            x += COLUMNS[2];
            cell(canvas, fonts, face, new Rectangle(x, y, COLUMNS[3], ROW), destination, TextStyle.REGULAR, "Destination");
            x += COLUMNS[3];
            cell(canvas, fonts, face, new Rectangle(x, y, MARGIN + width - x, ROW), item.letter().productName(), TextStyle.REGULAR, "Product");
        }
        pdfCanvas.saveState().setStrokeColor(GREY).setLineWidth(0.4f).moveTo(MARGIN, top - ROW).lineTo(MARGIN + width, top - ROW)
                .stroke().restoreState();
    }

    private static void cell(Canvas canvas, DocumentFonts fonts, CjkFace face, Rectangle box, String text, TextStyle style, String what) {
        Rectangle inner = new Rectangle(box.getX() + PAD, box.getY() + 2, box.getWidth() - 2 * PAD, box.getHeight() - 4);
        Fit.draw(canvas, inner, 9, 5, 0.5f, s -> fonts.paragraph(text, style, face, s), what + " " + text);
    }
}
