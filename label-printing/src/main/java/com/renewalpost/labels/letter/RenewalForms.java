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
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.barcode.BarcodeSymbol;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.DocumentFonts;
import com.renewalpost.labels.font.ShapedText;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.pdf.Fit;
import com.renewalpost.labels.pdf.PdfOutput;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints renewal order forms: one page, in the customer's language, filled in from their last order (with a barcode of
 * its renewal reference, which order entry scans) or blank for new customers. Not thread-safe: one instance per thread.
 */
public final class RenewalForms {

    private static final float MARGIN = 50;
    private static final float HEAD = 58;
    private static final float FOOT = 22;
    private static final DeviceGray GREY = new DeviceGray(0.35f);
    private static final DeviceGray LIGHT = new DeviceGray(0.92f);
    private static final SolidBorder RULE = new SolidBorder(GREY, 0.5f);
    private static final float CELL_PADDING = 4;
    private static final float DETAIL_LINE = 12.5f;
    /** A line's height to write on by hand. */
    private static final float BLANK_LINE = 18;
    private static final float PRICE_SIZE = 9.5f;
    private static final float PRICE_LINE = 12;
    private static final String SEPARATOR = "  ·  ";

    private final PrintSettings settings;
    private final Typefaces typefaces;

    public RenewalForms(PrintSettings settings) {
        this.settings = settings;
        this.typefaces = new Typefaces(settings.fonts());
    }

    /** A PDF with this one form. */
    public void write(RenewalFormContent form, OutputStream out) {
        PdfDocument pdf = PdfOutput.open(out, form.isBlank() ? "Order form" : "Renewal order form");
        DocumentFonts fonts = typefaces.forNewDocument();
        addPage(pdf, fonts, form);
        if (form.isBlank()) {
            priceList(pdf, fonts, form);
        }
        pdf.close();
    }

    /** Draws the form on a new page of a document being written (a letter's second page, say). */
    void addPage(PdfDocument pdf, DocumentFonts fonts, RenewalFormContent form) {
        PageSize size = settings.paper().pageSize();
        PdfPage page = pdf.addNewPage(size);
        LetterLanguage language = form.letterLanguage();
        LetterTexts t = LetterTexts.form(language);
        CjkFace face = language.cjkFaceFor("");
        float width = size.getWidth() - 2 * MARGIN;
        float top = size.getHeight() - MARGIN;
        PdfCanvas canvas = new PdfCanvas(page);
        float barcodeWidth = form.isBlank() ? 0 : reference(canvas, fonts, t, face, form.reference(), width, top);
        fonts.showLine(canvas, t.text(form.isBlank() ? "title.blank" : "title.renewal"), TextStyle.BOLD, face, 16, 9, MARGIN,
                top - 18, width - barcodeWidth - 12, "Form title");
        fonts.showLine(canvas, settings.sender().name(), TextStyle.REGULAR, face, 9, 6, MARGIN, top - 32,
                width - barcodeWidth - 12, "Sender name");
        Locale locale = language.formatLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        float y = top - HEAD;
        float bottom = MARGIN + FOOT;
        try (Canvas layout = new Canvas(canvas, size)) {
            layout.setFont(fonts.latin(TextStyle.REGULAR));
            String intro = form.isBlank() ? t.format("intro.blank", form.postWeeksAhead())
                    : form.latestDayToPost() == null ? t.format("intro.renewal.weeks", form.postWeeksAhead())
                    : t.format("intro.renewal", dates.format(form.latestDayToPost()));
            y -= Fit.draw(layout, new Rectangle(MARGIN, y - 60, width, 60), 10, 7, 0.5f,
                    s -> fonts.paragraph(intro, TextStyle.REGULAR, face, s), "Form introduction").height() + 10;
            fonts.showLine(canvas, t.text("section.customer"), TextStyle.BOLD, face, 11.5f, 7, MARGIN, y - 11.5f, width,
                    "Details heading");
            y = details(canvas, fonts, t, face, form, dates, y - 17, width) - 12;
            Rectangle rest = new Rectangle(MARGIN, bottom, width, y - bottom);
            Fit.draw(layout, rest, 10, 6, 0.5f, s -> rest(form, t, fonts, face, locale, dates, s),
                    form.isBlank() ? "Blank order form" : "Renewal form " + form.reference());
        }
        canvas.saveState().setFillColor(GREY);
        fonts.showLine(canvas, LetterTexts.of(language).format("support", settings.sender().supportEmail()), TextStyle.REGULAR,
                face, 8, 5, MARGIN, MARGIN + 4, width, "Support line");
        canvas.restoreState();
        page.flush(true);
    }

    /** The reference's Code 128 at the top right, its text below; answers the width it takes. */
    private static float reference(PdfCanvas canvas, DocumentFonts fonts, LetterTexts t, CjkFace face, String reference,
            float width, float top) {
        BarcodeSymbol barcode = BarcodeSymbol.code128(reference);
        float module = Math.min(1.0f, width * 0.45f / barcode.totalWidthModules());
        if (module < 0.6f) {
            throw new ContentDoesNotFitException("Renewal reference " + reference + " is too long for its barcode");
        }
        float barWidth = barcode.totalWidthModules() * module;
        float x = MARGIN + width - barWidth;
        barcode.drawOn(canvas, x, top - 32, module, 32);
        String caption = t.text("reference") + " " + reference;
        float captionWidth = fonts.width(caption, TextStyle.REGULAR, face, 8);
        fonts.showLine(canvas, caption, TextStyle.REGULAR, face, 8, 5, MARGIN + width - Math.min(captionWidth, barWidth),
                top - 44, barWidth, "Reference caption");
        return barWidth;
    }

    /**
     * The customer's details as a two-column table drawn straight on the page: names and addresses are the customer's
     * own words in any script, shaped in their own direction ({@link DocumentFonts#showShaped}), which the layout engine
     * cannot do. A blank form leaves room to write. Answers where the table ends.
     */
    private static float details(PdfCanvas canvas, DocumentFonts fonts, LetterTexts t, CjkFace face, RenewalFormContent form,
            DateTimeFormatter dates, float top, float width) {
        PostalAddress customer = form.customer();
        CjkFace own = customer == null ? face : CjkFace.forLanguage(form.language(), customer.name());
        List<Row> rows = List.of(
                new Row(t.text("field.name"), customer == null ? List.of() : List.of(customer.name()), 1),
                new Row(t.text("field.address"), customer == null ? List.of() : AddressFormats.standard()
                        .forCountry(customer.countryCode()).labelLines(customer), 4),
                new Row(t.text("field.email"), form.isBlank() ? List.of() : List.of(form.email() == null ? "—" : form.email()), 1),
                new Row(t.text("field.line"), form.line() == null ? List.of() : List.of(form.line()), 1),
                new Row(t.text("field.expiry"), form.planExpiry() == null ? List.of() : List.of(dates.format(form.planExpiry())),
                        1));
        float labelWidth = width * 0.34f;
        float valueWidth = width - labelWidth - 2 * CELL_PADDING;
        float y = top;
        for (Row row : rows) {
            int lines = row.values().isEmpty() ? (form.isBlank() ? row.blankLines() : 1) : row.values().size();
            float height = lines * (form.isBlank() ? BLANK_LINE : DETAIL_LINE) + 2 * CELL_PADDING;
            canvas.saveState().setFillColor(LIGHT).rectangle(MARGIN, y - height, labelWidth, height).fill().restoreState();
            canvas.saveState().setStrokeColor(GREY).setLineWidth(0.5f).rectangle(MARGIN, y - height, width, height)
                    .moveTo(MARGIN + labelWidth, y).lineTo(MARGIN + labelWidth, y - height).stroke().restoreState();
            fonts.showLine(canvas, row.label(), TextStyle.REGULAR, face, 9, 5, MARGIN + CELL_PADDING, y - CELL_PADDING - 9,
                    labelWidth - 2 * CELL_PADDING, "Form label");
            float baseline = y - CELL_PADDING - 10;
            for (String value : row.values()) {
                customerText(canvas, fonts, value, own, 10, MARGIN + labelWidth + CELL_PADDING, baseline, valueWidth);
                baseline -= DETAIL_LINE;
            }
            y -= height;
        }
        return y;
    }

    /** One line of the customer's own words, shaped, shrunk to fit; the characters no font draws left out, never all. */
    private static void customerText(PdfCanvas canvas, DocumentFonts fonts, String text, CjkFace face, float size, float x,
            float y, float maxWidth) {
        var scripts = fonts.scripts();
        String printable = scripts.unprintable(text, TextStyle.REGULAR, face).isEmpty() ? text
                : scripts.printablePart(text, TextStyle.REGULAR, face);
        ShapedText shaped = scripts.shape(printable, TextStyle.REGULAR, face);
        float used = shaped.width() * size <= maxWidth ? size : maxWidth / shaped.width();
        if (used < 5) {
            throw new ContentDoesNotFitException("A customer's detail is too long for the renewal form: "
                    + text.length() + " characters");
        }
        fonts.showShaped(canvas, shaped, used, x, y);
    }

    private record Row(String label, List<String> values, int blankLines) {
    }

    private Div rest(RenewalFormContent form, LetterTexts t, DocumentFonts fonts, CjkFace face, Locale locale,
            DateTimeFormatter dates, float size) {
        Div div = new Div();
        div.add(section(t.text("section.order"), fonts, face, size));
        Table order = new Table(UnitValue.createPercentArray(new float[] {6, 54, 40})).useAllAvailableWidth();
        header(order, "", fonts, face, size);
        header(order, t.text("field.product"), fonts, face, size);
        header(order, t.text("field.price"), fonts, face, size);
        if (form.isBlank()) {
            // the customer writes what they want; every product and price is on the price list that follows
            for (int row = 0; row < 2; row++) {
                for (int column = 0; column < 3; column++) {
                    order.addCell(new Cell().setBorder(RULE).setHeight(BLANK_LINE));
                }
            }
        } else {
            byProduct(form.prices()).forEach((product, prices) -> {
                // the renewed product, ticked already
                order.addCell(new Cell().setBorder(RULE).add(fonts.paragraph("X", TextStyle.BOLD, face, size)));
                order.addCell(new Cell().setBorder(RULE).add(fonts.paragraph(product, TextStyle.REGULAR, face, size)));
                order.addCell(new Cell().setBorder(RULE).add(fonts.paragraph(prices(prices, locale), TextStyle.REGULAR,
                        face, size)));
            });
        }
        div.add(order.setMarginBottom(form.isBlank() ? 2 : size * 0.8f));
        if (form.isBlank()) {
            div.add(fonts.paragraph(t.text("pricelist.see"), TextStyle.REGULAR, face, size * 0.9f).setFontColor(GREY)
                    .setMarginBottom(size * 0.8f));
        }

        String currencies = form.prices().stream().map(RenewalFormContent.Price::currency).distinct()
                .collect(Collectors.joining(", "));
        div.add(section(t.text("section.pay"), fonts, face, size));
        div.add(fonts.paragraph(t.format("pay", form.payee(), currencies), TextStyle.REGULAR, face, size)
                .setMarginBottom(size * 0.8f));

        Sender sender = settings.sender();
        div.add(section(t.text("section.send"), fonts, face, size));
        div.add(fonts.paragraph(String.join("\n", AddressFormats.standard().forCountry(sender.address().countryCode())
                .labelLines(sender.address())), TextStyle.BOLD, face, size).setMarginBottom(size * 0.8f));

        if (form.latestDayToPost() != null) {
            div.add(fonts.paragraph(t.format("latest", dates.format(form.latestDayToPost())), TextStyle.BOLD, face, size * 1.1f)
                    .setBackgroundColor(LIGHT).setPadding(size * 0.5f).setMarginBottom(2));
            div.add(fonts.paragraph(t.text("latest.why"), TextStyle.REGULAR, face, size * 0.9f).setFontColor(GREY)
                    .setMarginBottom(size * 0.8f));
        }

        if (!form.isBlank()) { // a new customer has nothing to change yet
            div.add(fonts.paragraph(t.text("changes"), TextStyle.BOLD, face, size).setMarginBottom(2));
            div.add(new Div().setBorder(new SolidBorder(GREY, 0.75f)).setHeight(size * 6));
        }
        return div;
    }

    /**
     * Every product and its prices, a row each, on as many pages as they take: a shop may sell many products in many
     * currencies, and a blank form must never fail for it. A long name or a long list of prices wraps within its
     * column, and the row grows to hold it.
     */
    private void priceList(PdfDocument pdf, DocumentFonts fonts, RenewalFormContent form) {
        PageSize size = settings.paper().pageSize();
        LetterLanguage language = form.letterLanguage();
        LetterTexts t = LetterTexts.form(language);
        CjkFace face = language.cjkFaceFor("");
        Locale locale = language.formatLocale();
        float width = size.getWidth() - 2 * MARGIN;
        float productWidth = width * 0.5f - 8;
        float pricesWidth = width * 0.5f;
        List<Map.Entry<String, List<RenewalFormContent.Price>>> rows = List.copyOf(byProduct(form.prices()).entrySet());
        int index = 0;
        do {
            PdfCanvas canvas = new PdfCanvas(pdf.addNewPage(size));
            float y = size.getHeight() - MARGIN - 16;
            fonts.showLine(canvas, t.text("pricelist.title"), TextStyle.BOLD, face, 14, 8, MARGIN, y, width, "Price list title");
            y -= 24;
            boolean first = true;
            while (index < rows.size()) {
                var row = rows.get(index);
                var name = wrapped(fonts, face, List.of(row.getKey()), productWidth);
                var prices = wrapped(fonts, face, row.getValue().stream().map(p -> money(p.currency(), p.amount(), locale))
                        .toList(), pricesWidth);
                float height = Math.max(name.size(), prices.size()) * PRICE_LINE + 4;
                if (y - height < MARGIN && !first) {
                    break; // on the next page
                }
                drawLines(canvas, fonts, face, name, MARGIN, y, productWidth, "Product name");
                drawLines(canvas, fonts, face, prices, MARGIN + width - pricesWidth, y, pricesWidth, "Prices");
                y -= height;
                canvas.saveState().setStrokeColor(LIGHT).setLineWidth(0.5f).moveTo(MARGIN, y + PRICE_LINE - 4)
                        .lineTo(MARGIN + width, y + PRICE_LINE - 4).stroke().restoreState();
                index++;
                first = false;
            }
            canvas.release();
        } while (index < rows.size());
    }

    /**
     * The parts (a name; prices) set in as few lines as fit the width at the price list's size: parts joined with a
     * separator while they fit, a part wider than a line broken at a space or, in scripts without spaces, between
     * characters.
     */
    static List<String> wrapped(DocumentFonts fonts, CjkFace face, List<String> parts, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            String joined = line.length() == 0 ? part : line + SEPARATOR + part;
            if (fonts.width(joined, TextStyle.REGULAR, face, PRICE_SIZE) <= width) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = part.strip();
            while (fonts.width(rest, TextStyle.REGULAR, face, PRICE_SIZE) > width) {
                int end = rest.offsetByCodePoints(0, 1);
                while (end < rest.length() && fonts.width(rest.substring(0, rest.offsetByCodePoints(end, 1)),
                        TextStyle.REGULAR, face, PRICE_SIZE) <= width) {
                    end = rest.offsetByCodePoints(end, 1);
                }
                int space = rest.lastIndexOf(' ', end);
                int cut = space > 0 ? space : end;
                lines.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void drawLines(PdfCanvas canvas, DocumentFonts fonts, CjkFace face, List<String> lines, float x, float y,
            float width, String what) {
        for (String text : lines) {
            fonts.showLine(canvas, text, TextStyle.REGULAR, face, PRICE_SIZE, PRICE_SIZE * 0.8f, x, y, width, what);
            y -= PRICE_LINE;
        }
    }

    private static Map<String, List<RenewalFormContent.Price>> byProduct(List<RenewalFormContent.Price> prices) {
        return prices.stream().collect(Collectors.groupingBy(RenewalFormContent.Price::product, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static String prices(List<RenewalFormContent.Price> prices, Locale locale) {
        return prices.stream().map(p -> money(p.currency(), p.amount(), locale)).collect(Collectors.joining(SEPARATOR));
    }

    private static com.itextpdf.layout.element.Paragraph section(String title, DocumentFonts fonts, CjkFace face, float size) {
        return fonts.paragraph(title, TextStyle.BOLD, face, size * 1.15f).setMarginBottom(3);
    }

    private static void header(Table table, String text, DocumentFonts fonts, CjkFace face, float size) {
        table.addHeaderCell(new Cell().setBorder(RULE).setBackgroundColor(LIGHT)
                .add(fonts.paragraph(text, TextStyle.BOLD, face, size * 0.9f)));
    }

    /** "USD 29.00": the ISO code, never a bare "$" that a customer abroad could read as their own dollar. */
    static String money(String currency, BigDecimal amount, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        number.setMinimumFractionDigits(digits);
        number.setMaximumFractionDigits(digits);
        return currency + " " + number.format(amount);
    }
}
