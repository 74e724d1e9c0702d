package com.renewalpost.labels.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

import java.util.List;

/**
 * Lines of text in one font shown straight on the canvas, without the layout engine: the fast path for short Latin
 * lines (an address, an order number) that fit without wrapping. Callers fall back to {@link Fit} when this declines.
 */
public final class PlainLines {

    private static final float LEADING = 1.2f;

    private PlainLines() {
    }

    /**
     * Shows the lines top-down in the box at the largest size from {@code largest} down to {@code smallest} at which every
     * line fits unwrapped; returns false, drawing nothing, when there is none or the font lacks a glyph.
     */
    public static boolean draw(PdfCanvas canvas, PdfFont font, Rectangle box, List<String> lines, float largest, float smallest,
            float step) {
        float widest = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (!font.containsGlyph(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
            widest = Math.max(widest, font.getWidth(line, 1));
        }
        for (float size = largest; size >= smallest - 1e-3f; size -= step) {
            if (widest * size <= box.getWidth() && lines.size() * size * LEADING <= box.getHeight()) {
                float y = box.getTop() - size * 0.95f;
                canvas.beginText().setFontAndSize(font, size);
                for (String line : lines) {
                    canvas.setTextMatrix(box.getX(), y).showText(line);
                    y -= size * LEADING;
                }
                canvas.endText();
                return true;
            }
        }
        return false;
    }
}
