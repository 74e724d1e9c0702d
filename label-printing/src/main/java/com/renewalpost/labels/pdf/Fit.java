package com.renewalpost.labels.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.renewalpost.labels.ContentDoesNotFitException;

/**
 * Draws a block at the largest size that fits its box. iText's layout wraps long lines; this tries smaller
 * sizes until the whole block is placed, and refuses with a message when even the smallest does not fit,
 * because a Canvas would otherwise drop the overflow without a word.
 */
public final class Fit {

    /** Builds the block at a given size (a font size or a scale factor, as the caller chooses). */
    @FunctionalInterface
    public interface Sized {
        IBlockElement build(float size);
    }

    private Fit() {
    }

    /**
     * Lays the block out in the box at {@code largest}, then smaller by {@code step}, down to {@code smallest},
     * and draws the first that fits entirely.
     *
     * @return the size used
     * @throws ContentDoesNotFitException when it does not fit even at {@code smallest}
     */
    public static float draw(Canvas canvas, Rectangle box, float largest, float smallest, float step, Sized block, String what) {
        for (float size = largest; size >= smallest - 1e-3f; size -= step) {
            IRenderer renderer = block.build(size).createRendererSubTree().setParent(canvas.getRenderer());
            LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1, box.clone())));
            if (result.getStatus() == LayoutResult.FULL) {
                renderer.draw(new DrawContext(canvas.getPdfDocument(), canvas.getPdfCanvas()));
                return size;
            }
        }
        throw new ContentDoesNotFitException(what + " does not fit in its " + Math.round(box.getWidth()) + " x "
                + Math.round(box.getHeight()) + " pt box even at the smallest size; shorten it");
    }

    /** Font size at which a single line of the given width at 1 pt fills {@code available}, capped at {@code largest}. */
    public static float sizeForWidth(float widthAtOnePoint, float available, float largest) {
        return widthAtOnePoint <= 0 ? largest : Math.min(largest, available / widthAtOnePoint);
    }
}
