package com.renewalpost.labels.deposit;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Div;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.DocumentFonts;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.pdf.Fit;
import com.renewalpost.labels.pdf.PdfOutput;
import com.renewalpost.labels.pdf.TablePages;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Prints a deposit slip like a posting manifest: a header on every page ("page n of N"), one row per
 * cheque or money order, and on the last page the totals per currency and the lines to sign. Not thread-safe.
 */
public final class DepositSlips {

    private static final float MARGIN = 40;
    private static final float HEADER = 86;
    private static final float ROW = 16;
    private static final float ROW_OF_TOTALS = 14;
    private static final float SIGNATURES = 70;
    private static final CjkFace FACE = CjkFace.SIMPLIFIED_CHINESE;
    private static final String[] HEADINGS = {"#", "Order", "Kind", "Number", "Amount", "Currency"};
    private static final float[] SHARES = {6, 18, 16, 30, 18, 12};
    private static final float PAD = 3;
    private static final DeviceGray GREY = new DeviceGray(0.5f);

    private final PrintSettings settings;
    private final Typefaces typefaces;

    public DepositSlips(PrintSettings settings) {
        this.settings = settings;
        this.typefaces = new Typefaces(settings.fonts());
    }

    public void write(DepositSlip slip, OutputStream out) {
        PageSize size = settings.paper().pageSize();
        float tableHeight = size.getHeight() - 2 * MARGIN - HEADER;
        int rowsPerPage = (int) (tableHeight / ROW);
        float closing = closingHeight(slip);
        int rowsBesideClosing = Math.max(0, (int) ((tableHeight - closing) / ROW));
        int pages = TablePages.pageCount(slip.items().size(), rowsPerPage, rowsBesideClosing);
        PdfDocument pdf = PdfOutput.open(out, "Deposit slip " + slip.date());
        DocumentFonts fonts = typefaces.forNewDocument();
        List<DepositItem> items = slip.items();
        int next = 0;
        for (int pageNumber = 1; pageNumber <= pages; pageNumber++) {
            PdfPage page = pdf.addNewPage(size);
            try (Canvas canvas = new Canvas(new PdfCanvas(page), size)) {
                canvas.setFont(fonts.latin(TextStyle.REGULAR));
                header(canvas, fonts, slip, size, pageNumber, pages);
                float top = size.getHeight() - MARGIN - HEADER;
                int onPage = pageNumber == pages ? items.size() - next : Math.min(rowsPerPage, items.size() - next);
                for (int i = 0; i < onPage; i++, next++) {
                    row(canvas, fonts, size, top - i * ROW, next + 1, items.get(next));
                }
                if (pageNumber == pages) {
                    closing(canvas, fonts, slip, size, top - onPage * ROW - 10, closing);
                }
            }
            page.flush(true);
        }
        pdf.close();
    }

    private static float closingHeight(DepositSlip slip) {
        return 30 + Math.max(1, slip.totals().size()) * ROW_OF_TOTALS + SIGNATURES;
    }

    private static float[] widths(PageSize size) {
        float width = size.getWidth() - 2 * MARGIN;
        float total = 0;
        for (float share : SHARES) {
            total += share;
        }
        float[] widths = new float[SHARES.length];
        for (int i = 0; i < SHARES.length; i++) {
            widths[i] = width * SHARES[i] / total;
        }
        return widths;
    }

    private void header(Canvas canvas, DocumentFonts fonts, DepositSlip slip, PageSize size, int page, int pages) {
        float width = size.getWidth() - 2 * MARGIN;
        float top = size.getHeight() - MARGIN;
        Fit.draw(canvas, new Rectangle(MARGIN, top - 60, width, 60), 1, 0.6f, 0.05f, s -> new Div()
                .add(fonts.paragraph("BANK DEPOSIT SLIP", TextStyle.BOLD, FACE, 15 * s))
                .add(fonts.paragraph("Account holder: " + slip.accountHolder(), TextStyle.REGULAR, FACE, 8.5f * s))
                .add(fonts.paragraph("Received on: " + slip.date() + "    Cheques and money orders: " + slip.items().size()
                        + "    Page " + page + " of " + pages, TextStyle.BOLD, FACE, 9 * s)), "Deposit slip header");
        float x = MARGIN;
        float[] widths = widths(size);
        for (int i = 0; i < HEADINGS.length; i++) {
            String heading = HEADINGS[i];
            Fit.draw(canvas, new Rectangle(x + PAD, top - HEADER + 3, widths[i] - 2 * PAD, 12), 8, 5, 0.5f,
                    s -> fonts.paragraph(heading, TextStyle.BOLD, FACE, s), "Deposit slip heading " + heading);
            x += widths[i];
        }
        canvas.getPdfCanvas().saveState().setLineWidth(0.75f).moveTo(MARGIN, top - HEADER + 2)
                .lineTo(MARGIN + width, top - HEADER + 2).stroke().restoreState();
    }

    private static void row(Canvas canvas, DocumentFonts fonts, PageSize size, float top, int position, DepositItem item) {
        float width = size.getWidth() - 2 * MARGIN;
        String[] cells = {Integer.toString(position), item.orderNumber(), item.kind(), item.number(),
                money(item.amount(), item.currency()), item.currency()};
        float[] widths = widths(size);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i];
            TextStyle style = i == 1 || i == 3 ? TextStyle.MONO : TextStyle.REGULAR;
            Fit.draw(canvas, new Rectangle(x + PAD, top - ROW + 2, widths[i] - 2 * PAD, ROW - 2), 8, 4.5f, 0.5f,
                    s -> fonts.paragraph(text, style, FACE, s), "Deposit slip " + HEADINGS[i] + " " + text);
            x += widths[i];
        }
        canvas.getPdfCanvas().saveState().setStrokeColor(GREY).setLineWidth(0.3f).moveTo(MARGIN, top - ROW)
                .lineTo(MARGIN + width, top - ROW).stroke().restoreState();
    }

    private static void closing(Canvas canvas, DocumentFonts fonts, DepositSlip slip, PageSize size, float top, float height) {
        float width = size.getWidth() - 2 * MARGIN;
        Div div = new Div().add(fonts.paragraph("TOTALS BY CURRENCY", TextStyle.BOLD, FACE, 10).setMarginBottom(4));
        if (slip.totals().isEmpty()) {
            div.add(fonts.paragraph("Nothing received on this day.", TextStyle.REGULAR, FACE, 9));
        }
        for (DepositSlip.Total total : slip.totals()) {
            div.add(fonts.paragraph(total.currency() + ": " + money(total.amount(), total.currency()) + " " + total.currency()
                    + " (" + total.count() + (total.count() == 1 ? " item)" : " items)"), TextStyle.BOLD, FACE, 9));
        }
        div.add(fonts.paragraph("Paid in by:  name ____________________________   signature ____________________   date ________",
                TextStyle.REGULAR, FACE, 8.5f).setMarginTop(18));
        Fit.draw(canvas, new Rectangle(MARGIN, top - height, width, height), 1, 1, 1, s -> div, "Deposit slip totals");
    }

    /** The amount with the currency's minor units (JPY none, USD two). */
    static String money(BigDecimal amount, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return amount.setScale(Math.max(digits, amount.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY)
                .toPlainString();
    }
}
