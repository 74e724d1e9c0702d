package com.renewalpost.labels.font;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded fonts of one PDF document, created on first use so that a document without CJK text
 * neither needs nor embeds the CJK font.
 */
public final class DocumentFonts {

    private final Typefaces typefaces;
    private final Map<TextStyle, PdfFont> latin = new EnumMap<>(TextStyle.class);
    private final Map<CjkFace, PdfFont> cjk = new EnumMap<>(CjkFace.class);

    DocumentFonts(Typefaces typefaces) {
        this.typefaces = typefaces;
    }

    public PdfFont latin(TextStyle style) {
        return latin.computeIfAbsent(style, s -> embed(typefaces.latin(s)));
    }

    public PdfFont cjk(CjkFace face) {
        return cjk.computeIfAbsent(face, f -> embed(typefaces.cjk(f)));
    }

    /** A piece of text and the font that has all its glyphs. */
    public record Run(String text, PdfFont font) {
    }

    /** The text cut into runs, each in a font that has its glyphs: Latin where it can, CJK otherwise. */
    public List<Run> runs(String text, TextStyle style, CjkFace face) {
        List<Run> runs = new ArrayList<>();
        PdfFont primary = latin(style);
        StringBuilder run = new StringBuilder();
        boolean runIsCjk = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = Character.isWhitespace(cp);
            boolean needsCjk = !space && !primary.containsGlyph(cp);
            if (!space && needsCjk != runIsCjk && run.length() > 0) {
                runs.add(new Run(run.toString(), runIsCjk ? cjk(face) : primary));
                run.setLength(0);
            }
            if (!space) {
                runIsCjk = needsCjk;
            }
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            runs.add(new Run(run.toString(), runIsCjk ? cjk(face) : primary));
        }
        return runs;
    }

    /** A paragraph of the text in fonts that have its glyphs. */
    public Paragraph paragraph(String text, TextStyle style, CjkFace face, float size) {
        Paragraph p = new Paragraph().setFont(latin(style)).setFontSize(size).setMargin(0).setMultipliedLeading(1.15f);
        for (Run run : runs(text, style, face)) {
            p.add(new Text(run.text()).setFont(run.font()));
        }
        return p;
    }

    /** Appends the text to a paragraph as runs in fonts that have its glyphs. */
    public Paragraph append(Paragraph paragraph, String text, TextStyle style, CjkFace face, float size) {
        for (Run run : runs(text, style, face)) {
            paragraph.add(new Text(run.text()).setFont(run.font()).setFontSize(size));
        }
        return paragraph;
    }

    /**
     * Shows one line straight on the canvas (no layout engine) with its baseline at (x, y), at {@code size} or, when it is
     * wider than {@code maxWidth}, at the size that makes it fit.
     *
     * @return the size used
     * @throws ContentDoesNotFitException when the line would need less than {@code minSize}
     */
    public float showLine(PdfCanvas canvas, String text, TextStyle style, CjkFace face, float size, float minSize, float x, float y,
            float maxWidth, String what) {
        java.util.List<Run> runs = runs(text, style, face);
        float width = 0;
        for (Run run : runs) {
            width += run.font().getWidth(run.text(), 1);
        }
        float used = width * size <= maxWidth ? size : maxWidth / width;
        if (used < minSize) {
            throw new ContentDoesNotFitException(what + " is too long for its line: " + text);
        }
        canvas.beginText().moveText(x, y);
        for (Run run : runs) {
            canvas.setFontAndSize(run.font(), used).showText(run.text());
        }
        canvas.endText();
        return used;
    }

    /**
     * Shows set lines straight on the canvas, the first line's top at {@code top}: the lines are the ones the ZPL label
     * prints too, so nothing here may break them again.
     */
    public void showLines(PdfCanvas canvas, LineSetting set, TextStyle style, CjkFace face, float x, float top) {
        float y = top - set.size() * 0.95f;
        canvas.beginText();
        for (String line : set.lines()) {
            canvas.setTextMatrix(x, y);
            for (Run run : runs(line, style, face)) {
                canvas.setFontAndSize(run.font(), set.size()).showText(run.text());
            }
            y -= set.size() * LineSetting.LEADING;
        }
        canvas.endText();
    }

    /** Width in points of the text set in one line with the fonts {@link #runs} would choose. */
    public float width(String text, TextStyle style, CjkFace face, float size) {
        float width = 0;
        for (Run run : runs(text, style, face)) {
            width += run.font().getWidth(run.text(), size);
        }
        return width;
    }

    private PdfFont embed(com.itextpdf.io.font.FontProgram program) {
        PdfFont font = PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        font.setSubset(true);
        return font;
    }
}
