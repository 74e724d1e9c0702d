package com.renewalpost.labels.font;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a block of text into lines and picks its size, once, by the advance widths of the PDF's own fonts. The PDF and
 * the ZPL label both print the lines this returns, so the same field in the same width breaks in the same places on
 * every printer. A word is cut only when it alone is wider than the line at the smallest size.
 *
 * @param size  font size in points
 * @param lines the lines, in order
 */
public record LineSetting(float size, List<String> lines) {

    /** Line pitch as a multiple of the size. */
    public static final float LEADING = 1.2f;

    /** Advance width in points of one line of text at a size. */
    @FunctionalInterface
    public interface Measure {
        float width(String text, float size);
    }

    /**
     * The largest size from {@code largest} down to {@code smallestUnwrapped} at which every paragraph fits on one line;
     * failing that, the largest size down to {@code smallest} at which the paragraphs broken at spaces fit the height
     * without cutting a word; failing that, the smallest size with over-long words cut. Null when even that is too tall.
     */
    public static LineSetting fit(List<String> paragraphs, float width, float height, float largest, float smallestUnwrapped,
            float smallest, float step, Measure measure) {
        return fit(paragraphs, width, height, largest, smallestUnwrapped, smallest, step, LEADING, measure);
    }

    /** As {@link #fit(List, float, float, float, float, float, float, Measure)} with another line pitch. */
    public static LineSetting fit(List<String> paragraphs, float width, float height, float largest, float smallestUnwrapped,
            float smallest, float step, float leading, Measure measure) {
        for (float size = largest; size >= smallestUnwrapped - 1e-3f; size -= step) {
            float s = size;
            if (paragraphs.stream().allMatch(p -> measure.width(p, s) <= width) && fitsHeight(paragraphs.size(), size, leading, height)) {
                return new LineSetting(size, List.copyOf(paragraphs));
            }
        }
        for (float size = largest; size >= smallest - 1e-3f; size -= step) {
            List<String> lines = new ArrayList<>();
            boolean cut = false;
            for (String paragraph : paragraphs) {
                cut |= wrap(paragraph, width, size, measure, lines);
            }
            boolean last = size - step < smallest - 1e-3f;
            if ((!cut || last) && fitsHeight(lines.size(), size, leading, height)) {
                return new LineSetting(size, List.copyOf(lines));
            }
        }
        return null;
    }

    private static boolean fitsHeight(int lines, float size, float leading, float height) {
        return lines * size * leading - size * (leading - 1) <= height;
    }

    /**
     * Greedy break at spaces into {@code out}; a word wider than the line is cut after the last character that fits
     * (never inside a character's combining marks). Returns whether a word was cut.
     */
    public static boolean wrap(String paragraph, float width, float size, Measure measure, List<String> out) {
        boolean cut = false;
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (measure.width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measure.width(rest, size) > width) {
                int fit = nextBoundary(rest, 0);
                while (nextBoundary(rest, fit) < rest.length() && measure.width(rest.substring(0, nextBoundary(rest, fit)), size) <= width) {
                    fit = nextBoundary(rest, fit);
                }
                out.add(rest.substring(0, fit));
                rest = rest.substring(fit);
                cut = true;
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return cut;
    }

    /** Index after the character starting at {@code from} and the combining marks that follow it. */
    private static int nextBoundary(String text, int from) {
        int i = from + Character.charCount(text.codePointAt(from));
        while (i < text.length() && Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
