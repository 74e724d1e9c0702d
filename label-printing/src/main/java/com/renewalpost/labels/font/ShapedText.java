package com.renewalpost.labels.font;

import java.util.List;

/**
 * A line of text shaped for print: the glyphs of its fonts in visual order (left to right, whatever the writing
 * direction), each placed where the shaping engine put it. Positions and width are for a size of 1 point; multiply by
 * the size.
 *
 * @param text   the text as written (logical order), what a reader copying it out gets back
 * @param glyphs the glyphs, left to right
 * @param width  advance width at 1 point
 */
public record ShapedText(String text, List<PlacedGlyph> glyphs, float width) {

    public ShapedText {
        glyphs = List.copyOf(glyphs);
    }

    /**
     * One glyph.
     *
     * @param face    the font it comes from
     * @param glyphId the glyph's number in that font (not a character code: conjuncts and joined forms have none)
     * @param x       distance of its origin from the line's start, at 1 point
     * @param y       height of its origin above the baseline, at 1 point (marks sit above or below their base)
     */
    public record PlacedGlyph(FontFace face, int glyphId, float x, float y) {
    }
}
