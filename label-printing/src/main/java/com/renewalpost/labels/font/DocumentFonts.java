package com.renewalpost.labels.font;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded fonts of one PDF document, created on first use so that a document without CJK text
 * neither needs nor embeds the CJK font.
 */
public final class DocumentFonts {

    private final Typefaces typefaces;
    private final Map<FontFace, PdfFont> fonts = new HashMap<>();

    DocumentFonts(Typefaces typefaces) {
        this.typefaces = typefaces;
    }

    public PdfFont latin(TextStyle style) {
        return font(typefaces.latinFace(style));
    }

    public PdfFont cjk(CjkFace face) {
        return font(typefaces.cjkFace(face));
    }

    /** The embedded font of a face: one subset per file and document, whether text or shaped glyphs use it. */
    PdfFont font(FontFace face) {
        return fonts.computeIfAbsent(face, f -> embed(typefaces.program(f)));
    }

    /** Which font draws which character, and shaping, with the fonts of this document. */
    public ScriptFonts scripts() {
        return typefaces.scripts();
    }

    /**
     * Draws shaped text with the start of its baseline at (x, y): exactly the glyphs and positions the shaping engine
     * chose, from the same font files, embedded. The glyphs sit in a marked-content span whose {@code /ActualText} is the
     * text as written, so that copying, searching and text extraction give back the customer's own string in logical
     * order, not glyph numbers in visual order (PDF 32000-1, 14.9.4).
     */
    public void showShaped(PdfCanvas canvas, ShapedText shaped, float size, float x, float y) {
        PdfDictionary span = new PdfDictionary();
        span.put(PdfName.ActualText, new PdfString(shaped.text(), PdfEncodings.UNICODE_BIG));
        canvas.beginMarkedContent(PdfName.Span, span);
        canvas.beginText();
        PdfFont current = null;
        List<Glyph> pending = new ArrayList<>();
        float penX = 0;
        float penY = 0;
        for (ShapedText.PlacedGlyph placed : shaped.glyphs()) {
            PdfFont font = font(placed.face());
            Glyph glyph = font.getFontProgram().getGlyphByCode(placed.glyphId());
            if (glyph == null) {
                throw new IllegalStateException("Glyph " + placed.glyphId() + " is not in " + placed.face());
            }
            float gx = x + placed.x() * size;
            float gy = y + placed.y() * size;
            // glyphs that follow on where the previous one's advance ends go in one string; others get their own position
            boolean follows = font == current && !pending.isEmpty() && Math.abs(gx - penX) < 0.01f && Math.abs(gy - penY) < 0.001f;
            if (!follows) {
                show(canvas, pending);
                if (font != current) {
                    canvas.setFontAndSize(font, size);
                    current = font;
                }
                canvas.setTextMatrix(gx, gy);
                penX = gx;
            }
            pending.add(glyph);
            penX += glyph.getWidth() * size / 1000f;
            penY = gy;
        }
        show(canvas, pending);
        canvas.endText();
        canvas.endMarkedContent();
    }

    private static void show(PdfCanvas canvas, List<Glyph> glyphs) {
        if (!glyphs.isEmpty()) {
            canvas.showText(new GlyphLine(new ArrayList<>(glyphs)));
            glyphs.clear();
        }
    }

    /**
     * Shows one line made of the document's own text around a customer-given part (a name): {@code before} and
     * {@code after} as {@link #showLine} sets them, the part shaped in its own script and direction between them, at
     * {@code size} or the size that makes the line fit {@code maxWidth}.
     *
     * @return the size used
     * @throws ContentDoesNotFitException when the line would need less than {@code minSize}
     */
    public float showLineAround(PdfCanvas canvas, String before, ShapedText own, String after, TextStyle style, CjkFace face,
            float size, float minSize, float x, float y, float maxWidth, String what) {
        float width = width(before, style, face, 1) + own.width() + width(after, style, face, 1);
        float used = width * size <= maxWidth ? size : maxWidth / width;
        if (used < minSize) {
            throw new ContentDoesNotFitException(what + " is too long for its line: " + before + own.text() + after);
        }
        float at = x;
        if (!before.isEmpty()) {
            showRuns(canvas, before, style, face, used, at, y);
            at += width(before, style, face, used);
        }
        showShaped(canvas, own, used, at, y);
        at += own.width() * used;
        if (!after.isEmpty()) {
            showRuns(canvas, after, style, face, used, at, y);
        }
        return used;
    }

    private void showRuns(PdfCanvas canvas, String text, TextStyle style, CjkFace face, float size, float x, float y) {
        canvas.beginText().moveText(x, y);
        for (Run run : runs(text, style, face)) {
            canvas.setFontAndSize(run.font(), size).showText(run.text());
        }
        canvas.endText();
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
