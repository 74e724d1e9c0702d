package com.renewalpost.labels.manifest;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.properties.TextAlignment;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.DocumentFonts;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.pdf.Fit;
import com.renewalpost.labels.pdf.PdfOutput;
import com.renewalpost.labels.pdf.TablePages;
import com.renewalpost.labels.shipping.S10Number;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints posting manifests: a header on every page ("page n of N"), one row per item, and on the last page the
 * totals and the signature lines for the staff member and the post office clerk. Not thread-safe.
 */
public final class PostingManifests {

    private static final float MARGIN = 40;
    private static final float HEADER = 86;
    private static final float ROW = 16;
    private static final float CLOSING = 150;
    private static final CjkFace FACE = CjkFace.SIMPLIFIED_CHINESE;
    private static final String[] HEADINGS = {"#", "Tracking number", "Order", "Destination", "Service", "Weight (g)", "Postage"};
    private static final float[] SHARES = {5, 18, 15, 17, 21, 11, 13};
    /** Blank kept on each side of a column's text, so that neighbouring columns never read as one word. */
    private static final float PAD = 3;
    private static final DeviceGray GREY = new DeviceGray(0.5f);

    private final PrintSettings settings;
    private final Typefaces typefaces;

    public PostingManifests(PrintSettings settings) {
        this.settings = settings;
        this.typefaces = new Typefaces(settings.fonts());
    }

    public void write(PostingManifest manifest, OutputStream out) {
        PageSize size = settings.paper().pageSize();
        float tableHeight = size.getHeight() - 2 * MARGIN - HEADER;
        int rowsPerPage = (int) (tableHeight / ROW);
        int pages = TablePages.pageCount(manifest.lines().size(), rowsPerPage, (int) ((tableHeight - CLOSING) / ROW));
        PdfDocument pdf = PdfOutput.open(out, "Posting manifest " + manifest.postingDate());
        DocumentFonts fonts = typefaces.forNewDocument();
        List<ManifestLine> lines = manifest.lines();
        int next = 0;
        for (int pageNumber = 1; pageNumber <= pages; pageNumber++) {
            PdfPage page = pdf.addNewPage(size);
            try (Canvas canvas = new Canvas(new PdfCanvas(page), size)) {
                canvas.setFont(fonts.latin(TextStyle.REGULAR));
                header(canvas, fonts, manifest, size, pageNumber, pages);
                float top = size.getHeight() - MARGIN - HEADER;
                int onPage = Math.min(rowsPerPage, lines.size() - next);
                for (int i = 0; i < onPage; i++, next++) {
                    row(canvas, fonts, size, top - i * ROW, next + 1, lines.get(next), manifest.currency());
                }
                if (pageNumber == pages) {
                    closing(canvas, fonts, manifest, size, top - onPage * ROW - 10);
                }
            }
            page.flush(true); // true: also the forms it draws (barcodes), or they stay in memory until close
        }
        pdf.close();
    }

    private void header(Canvas canvas, DocumentFonts fonts, PostingManifest m, PageSize size, int page, int pages) {
        float width = size.getWidth() - 2 * MARGIN;
        float top = size.getHeight() - MARGIN;
        String sender = settings.sender().name() + ", " + String.join(", ",
                AddressFormats.standard().forCountry(settings.sender().address().countryCode()).labelLines(settings.sender().address()));
        Fit.draw(canvas, new Rectangle(MARGIN, top - 60, width, 60), 1, 0.6f, 0.05f, s -> new Div()
                .add(fonts.paragraph("POSTING MANIFEST", TextStyle.BOLD, FACE, 15 * s))
                .add(fonts.paragraph("Mailer: " + sender, TextStyle.REGULAR, FACE, 8.5f * s))
                .add(fonts.paragraph("Posting date: " + m.postingDate() + "    Post office: " + m.postOffice()
                        + "    Page " + page + " of " + pages, TextStyle.BOLD, FACE, 9 * s)), "Manifest header");
        float x = MARGIN;
        float total = 0;
        for (float share : SHARES) {
            total += share;
        }
        for (int i = 0; i < HEADINGS.length; i++) {
            float w = width * SHARES[i] / total;
            String heading = HEADINGS[i];
            // fitted into its own column like the cells below: a heading never runs into the next one
            Fit.draw(canvas, new Rectangle(x + PAD, top - HEADER + 3, w - 2 * PAD, 12), 8, 5, 0.5f,
                    s -> fonts.paragraph(heading, TextStyle.BOLD, FACE, s), "Manifest heading " + heading);
            x += w;
        }
        canvas.getPdfCanvas().saveState().setLineWidth(0.75f).moveTo(MARGIN, top - HEADER + 2).lineTo(MARGIN + width, top - HEADER + 2)
                .stroke().restoreState();
    }

    private static void row(Canvas canvas, DocumentFonts fonts, PageSize size, float top, int position, ManifestLine line,
            String currency) {
        float width = size.getWidth() - 2 * MARGIN;
        String[] cells = {
                Integer.toString(position),
                line.trackingNumber() == null ? "(untracked)" : S10Number.humanReadable(line.trackingNumber()),
                line.orderNumber(),
                AddressFormats.standard().forCountry(line.destinationCountry()).countryName(),
                line.service(),
                Integer.toString(line.weightGrams()),
                money(line.postage()) + " " + currency};
        float total = 0;
        for (float share : SHARES) {
            total += share;
        }
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float w = width * SHARES[i] / total;
            String text = cells[i];
            TextStyle style = i == 1 || i == 2 ? TextStyle.MONO : TextStyle.REGULAR;
            Fit.draw(canvas, new Rectangle(x + PAD, top - ROW + 2, w - 2 * PAD, ROW - 2), 8, 4.5f, 0.5f,
                    s -> fonts.paragraph(text, style, FACE, s), "Manifest " + HEADINGS[i] + " " + text);
            x += w;
        }
        canvas.getPdfCanvas().saveState().setStrokeColor(GREY).setLineWidth(0.3f).moveTo(MARGIN, top - ROW)
                .lineTo(MARGIN + width, top - ROW).stroke().restoreState();
    }

    private static void closing(Canvas canvas, DocumentFonts fonts, PostingManifest m, PageSize size, float top) {
        float width = size.getWidth() - 2 * MARGIN;
        String weightKg = BigDecimal.valueOf(m.totalWeightGrams()).movePointLeft(3).setScale(3, RoundingMode.UNNECESSARY).toPlainString();
        Div div = new Div()
                .add(fonts.paragraph("TOTALS   Items: " + m.lines().size() + "    Weight: " + weightKg + " kg    Postage: "
                        + money(m.totalPostage()) + " " + m.currency(), TextStyle.BOLD, FACE, 10).setMarginBottom(14))
                .add(fonts.paragraph("Handed over by (staff):  name ____________________________   signature ____________________"
                        + "   time ________", TextStyle.REGULAR, FACE, 8.5f).setMarginBottom(18))
                .add(fonts.paragraph("Received by (post office clerk):  name ____________________   signature ____________________"
                        + "   number of items received ______", TextStyle.REGULAR, FACE, 8.5f).setMarginBottom(18))
                .add(fonts.paragraph("Postmark or office stamp:", TextStyle.REGULAR, FACE, 8.5f));
        Fit.draw(canvas, new Rectangle(MARGIN, top - CLOSING + 10, width, CLOSING - 10), 1, 1, 1, s -> div, "Manifest totals");
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
