package com.renewalpost.labels.note;

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

import java.io.OutputStream;

/**
 * Prints a {@link CustomerNote} on one page with the letters' fonts, so that every script the letters
 * print renders here too: the address block where a window envelope shows it, the heading, the text
 * (shrunk to fit the page when long). Not thread-safe.
 */
public final class CustomerNotes {

    private static final float MARGIN = 56;
    private static final float ADDRESS_TOP = 130;
    private static final float ADDRESS_HEIGHT = 90;

    private final PrintSettings settings;
    private final Typefaces typefaces;

    public CustomerNotes(PrintSettings settings) {
        this.settings = settings;
        this.typefaces = new Typefaces(settings.fonts());
    }

    public void write(CustomerNote note, OutputStream out) {
        PageSize size = settings.paper().pageSize();
        PdfDocument pdf = PdfOutput.open(out, note.title());
        DocumentFonts fonts = typefaces.forNewDocument();
        String all = note.title() + String.join("", note.paragraphs());
        CjkFace face = CjkFace.forLanguage(note.languageTag(), all);
        PdfPage page = pdf.addNewPage(size);
        float width = size.getWidth() - 2 * MARGIN;
        try (Canvas canvas = new Canvas(new PdfCanvas(page), size)) {
            canvas.setFont(fonts.latin(TextStyle.REGULAR));
            float addressBottom = size.getHeight() - ADDRESS_TOP - ADDRESS_HEIGHT;
            Fit.draw(canvas, new Rectangle(MARGIN, addressBottom, width * 0.6f, ADDRESS_HEIGHT), 1, 0.5f, 0.05f, s -> {
                Div address = new Div();
                note.addressLines().forEach(line -> address.add(fonts.paragraph(line, TextStyle.REGULAR, face, 10 * s)));
                return address;
            }, "Note address");
            float textTop = addressBottom - 30;
            Fit.draw(canvas, new Rectangle(MARGIN, MARGIN, width, textTop - MARGIN), 1, 0.4f, 0.05f, s -> {
                Div text = new Div().add(fonts.paragraph(note.title(), TextStyle.BOLD, face, 15 * s).setMarginBottom(12 * s));
                for (String paragraph : note.paragraphs()) {
                    text.add(fonts.paragraph(paragraph, TextStyle.REGULAR, face, 10.5f * s).setMarginBottom(8 * s));
                }
                return text;
            }, "Note text");
        }
        pdf.close();
    }
}
