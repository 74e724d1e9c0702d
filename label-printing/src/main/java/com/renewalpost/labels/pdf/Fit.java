package com.renewalpost.labels.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.RootRenderer;
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

    /** What was drawn: at which size, and how much of the box's height it took from the top. */
    public record Fitted(float size, float height) {
    }

    private Fit() {
    }

    /**
     * Draws the block in the box at {@code largest} when it fits there (the usual case, one layout), otherwise at the
     * largest of the sizes {@code largest - k * step} down to {@code smallest} that fits, found by bisection.
     *
     * @throws ContentDoesNotFitException when it does not fit even at {@code smallest}
     */
    public static Fitted draw(Canvas canvas, Rectangle box, float largest, float smallest, float step, Sized block, String what) {
        RootRenderer root = canvas.getRenderer();
        Attempt first = attempt(root, box, largest, block);
        Attempt fits = first.fits() ? first : null;
        if (fits == null) {
            int low = 1;
            int high = Math.max(0, Math.round((largest - smallest) / step));
            Attempt last = high >= 1 ? attempt(root, box, largest - high * step, block) : first;
            if (!last.fits()) {
                throw new ContentDoesNotFitException(what + " does not fit in its " + Math.round(box.getWidth()) + " x "
                        + Math.round(box.getHeight()) + " pt box even at the smallest size; shorten it");
            }
            fits = last;
            high--;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Attempt a = attempt(root, box, largest - middle * step, block);
                if (a.fits()) {
                    fits = a;
                    high = middle - 1;
                } else {
                    low = middle + 1;
                }
            }
        }
        fits.renderer().draw(new DrawContext(canvas.getPdfDocument(), canvas.getPdfCanvas()));
        return new Fitted(fits.size(), fits.result().getOccupiedArea().getBBox().getHeight());
    }

    /**
     * Lays a block out once in a reusable form of the given width, top-aligned; the form is {@code maxHeight} tall and the
     * block takes {@link Block#height()} of it from the top.
     */
    public static Block form(PdfDocument pdf, float width, float maxHeight, com.itextpdf.kernel.font.PdfFont font,
            float largest, float smallest, float step, Sized block, String what) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, maxHeight));
        try (Canvas canvas = new Canvas(form, pdf)) {
            canvas.setFont(font);
            Fitted fitted = draw(canvas, new Rectangle(width, maxHeight), largest, smallest, step, block, what);
            return new Block(form, maxHeight, fitted.height());
        }
    }

    /** A block drawn once into a form, placed wherever it is needed by reference. */
    public record Block(PdfFormXObject form, float formHeight, float height) {

        /**
         * Places the block with its top-left corner at (x, top). By plain translation: after the first page that used
         * it is flushed, the form's dictionary is gone from memory and only its reference may be used.
         */
        public void placeAt(com.itextpdf.kernel.pdf.canvas.PdfCanvas canvas, float x, float top) {
            canvas.addXObjectWithTransformationMatrix(form, 1, 0, 0, 1, x, top - formHeight);
        }
    }

    private record Attempt(float size, IRenderer renderer, LayoutResult result) {
        boolean fits() {
            return result.getStatus() == LayoutResult.FULL;
        }
    }

    private static Attempt attempt(RootRenderer root, Rectangle box, float size, Sized block) {
        IRenderer renderer = block.build(size).createRendererSubTree().setParent(root);
        return new Attempt(size, renderer, renderer.layout(new LayoutContext(new LayoutArea(1, box.clone()))));
    }
}
