package com.renewalpost.labels.shipping;

import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.font.LineSetting;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.shipping.LabelLayout.Box;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The same 4x6 in label in ZPL II for 203 dpi thermal printers (812 x 1218 dots), UTF-8 ({@code ^CI28}).
 * Text is wrapped and sized here rather than by the printer's {@code ^FB}, which would overprint lines that
 * do not fit; widths are estimated generously for the printer's font 0 so that every line stays on the label.
 * <p>
 * The address blocks print the very lines the PDF prints ({@link LabelLayout}, broken by the PDF font's widths). A line
 * with a character outside the printer's resident font (taken as Latin-1: what font 0 under {@code ^CI28} is sure to
 * have) is sent as a 1-bit {@code ^GFA} graphic drawn at 203 dpi with the PDF's own font, so a Vietnamese or Yoruba
 * name prints with its marks instead of losing them. A downloaded Unicode font was not chosen: it costs megabytes of
 * printer memory per printer and a setup step per printer, where a graphic costs a few hundred bytes per line.
 * Not thread-safe (it holds parsed fonts): one instance per thread.
 */
public final class ZplLabels {

    public static final int WIDTH_DOTS = 812;
    public static final int HEIGHT_DOTS = 1218;
    private static final float DOTS_PER_POINT = 203f / 72f;
    /** Line pitch of font 0 text as a multiple of its height. */
    private static final float ZPL_PITCH = 1.12f;

    private final PrintSettings settings;
    private final List<String> returnAddress;
    private final Typefaces typefaces;
    private final LineGraphics graphics;

    public ZplLabels(PrintSettings settings) {
        this.settings = settings;
        this.returnAddress = LabelLayout.returnAddress(settings);
        this.typefaces = new Typefaces(settings.fonts());
        this.graphics = new LineGraphics(settings.fonts(), LabelLayout.FACE);
    }

    /** One label, {@code ^XA} to {@code ^XZ}. */
    public String zpl(ShippingLabelContent content) {
        LabelLayout l = new LabelLayout(content, settings, returnAddress, typefaces);
        StringBuilder z = new StringBuilder(2048);
        z.append("^XA\n^CI28\n^PW").append(WIDTH_DOTS).append("\n^LL").append(HEIGHT_DOTS).append("\n^LH0,0\n");
        lines(z, l.from, l.fromText, TextStyle.REGULAR);
        frame(z, l.postage, 3);
        text(z, inset(l.postage, 3), l.postageLines, 24, 14, "Postage text");
        rule(z, l.service.y() - 2, 4);
        rule(z, l.service.bottom(), 4);
        text(z, l.service, List.of(l.serviceText), 36, 18, "Mail service");
        Box to = l.recipient;
        text(z, new Box(to.x(), to.y() + 2, 20, 12), List.of("TO:"), 22, 22, "TO");
        lines(z, l.recipientLinesBox, l.recipientText, TextStyle.BOLD);
        if (l.tracking != null) {
            rule(z, l.tracking.y(), 2);
            barcode(z, l.trackingNumber, new Box(l.tracking.x(), l.tracking.y() + 2, l.tracking.width(), 36), "Tracking number");
            centredLine(z, new Box(l.tracking.x(), l.tracking.y() + 42, l.tracking.width(), 14), l.trackingHumanReadable, 32);
        }
        if (l.sticker != null) {
            frame(z, l.sticker, 2);
            centredLine(z, new Box(l.sticker.x(), l.sticker.y() + l.sticker.height() / 2 - 6, l.sticker.width(), 12),
                    LabelLayout.STICKER_TEXT, 24);
        }
        if (l.declaration != null) {
            frame(z, l.customs, 2);
            text(z, inset(l.customs, 3), customsLines(l), 22, 13, "CN22 declaration");
        }
        rule(z, l.order.y(), 2);
        text(z, new Box(l.order.x(), l.order.y() + 2, l.order.width(), 12), List.of("ORDER  " + l.orderNumber), 30, 16, "Order number");
        barcode(z, l.orderNumber, new Box(l.order.x(), l.order.y() + 15, l.order.width(), 23), "Order number");
        z.append("^PQ1\n^XZ\n");
        return z.toString();
    }

    /** A stream of labels, one {@code ^XA...^XZ} each, written as UTF-8 to the caller's stream (left open). */
    public DocumentStream<ShippingLabelContent> open(OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        return new DocumentStream<>() {
            @Override
            public void add(ShippingLabelContent label) {
                try {
                    writer.write(zpl(label));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static List<String> customsLines(LabelLayout l) {
        CustomsDeclaration d = l.declaration;
        StringBuilder boxes = new StringBuilder();
        for (CustomsCategory category : CustomsCategory.values()) {
            boxes.append(category == d.category() ? "[X] " : "[ ] ").append(category.printed().toUpperCase(Locale.ROOT)).append("  ");
        }
        return List.of(
                "CUSTOMS DECLARATION CN 22 - MAY BE OPENED OFFICIALLY",
                boxes.toString().strip(),
                "CONTENTS: " + d.description(),
                "QTY: " + d.quantity() + "   NET WEIGHT (KG): " + d.netWeightKg() + "   VALUE: " + d.valueText(),
                "HS TARIFF NUMBER: " + d.hsCodeText() + "   COUNTRY OF ORIGIN: " + l.originCountryName,
                "TOTAL: " + d.quantity() + " ITEM(S), " + d.netWeightKg() + " KG, " + d.valueText(),
                LabelLayout.CUSTOMS_CERTIFICATE,
                "DATE AND SENDER'S SIGNATURE: " + d.date() + "  " + d.signerName());
    }

    /**
     * The lines the PDF prints in the box (same breaks, same pitch), in font 0 as large as the PDF's size allows and
     * smaller where the estimate of a line's width says so; lines the resident font cannot print go as graphics.
     */
    private void lines(StringBuilder z, Box box, LineSetting set, TextStyle style) {
        int width = dots(box.width());
        int h = dots(set.size());
        for (String line : set.lines()) {
            while (resident(line) && h > 10 && estimatedWidth(line, h) > width) {
                h--;
            }
        }
        float y = box.y();
        for (String line : set.lines()) {
            if (resident(line)) {
                textField(z, dots(box.x()), dots(y), h, line);
            } else {
                graphics.field(z, line, style, set.size() * DOTS_PER_POINT, dots(box.x()), dots(y), width);
            }
            y += set.size() * LineSetting.LEADING;
        }
    }

    /**
     * Wraps (with the labels' one line-breaking routine, {@link LineSetting}) and sizes lines that only the ZPL label sets
     * this way (the PDF draws these parts as tables), largest size first; refuses when even the smallest overflows.
     */
    private void text(StringBuilder z, Box box, List<String> lines, int largest, int smallest, String what) {
        LineSetting set = LineSetting.fit(lines, dots(box.width()), dots(box.height()), largest, largest, smallest, 1, ZPL_PITCH,
                (line, h) -> estimatedWidth(line, Math.round(h)));
        if (set == null) {
            throw new ContentDoesNotFitException(what + " does not fit on the ZPL label even at " + smallest + " dots; shorten it");
        }
        int h = Math.round(set.size());
        float y = dots(box.y());
        for (String line : set.lines()) {
            if (resident(line)) {
                textField(z, dots(box.x()), Math.round(y), h, line);
            } else {
                graphics.field(z, line, TextStyle.REGULAR, h, dots(box.x()), Math.round(y), dots(box.width()));
            }
            y += h * ZPL_PITCH;
        }
    }

    private static void textField(StringBuilder z, int x, int y, int h, String line) {
        z.append("^FO").append(x).append(',').append(y).append("^A0N,").append(h).append(',').append(h)
                .append("^FH^FD").append(escape(line)).append("^FS\n");
    }

    /**
     * Whether font 0 can print every character: printable ASCII and Latin-1 only. Zebra's resident font covers more in
     * some firmware, but not dependably; everything else is drawn as a graphic.
     */
    static boolean resident(String line) {
        return line.chars().allMatch(c -> c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xFF);
    }

    /** One line centred by the printer (^FB with a single line), sized so that its estimated width fits. */
    private static void centredLine(StringBuilder z, Box box, String line, int largest) {
        int width = dots(box.width());
        int h = largest;
        while (h > 12 && estimatedWidth(line, h) > width) {
            h--;
        }
        z.append("^FO").append(dots(box.x())).append(',').append(dots(box.y()))
                .append("^A0N,").append(h).append(',').append(h)
                .append("^FB").append(width).append(",1,0,C,0^FH^FD").append(escape(line)).append("^FS\n");
    }

    /**
     * Width of text in font 0 at the given height, on the safe side: font 0 (a condensed sans) sets capitals at about
     * half its height, wide letters at up to 0.8.
     */
    static int estimatedWidth(String text, int heightDots) {
        float em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += switch (c) {
                case 'M', 'W', 'm', 'w', '@', '%' -> 0.8f;
                case ' ', '.', ',', ':', ';', '\'', '!', '|', 'I', 'i', 'l', 'j', '(', ')', '[', ']', '-' -> 0.35f;
                default -> Character.isUpperCase(c) || Character.isDigit(c) ? 0.62f : 0.55f;
            };
        }
        return Math.round(em * heightDots);
    }

    /**
     * Code 128 in code set B with modules of {@link ShippingLabels#MODULE_DOTS} dots and quiet zones of 10 modules, centred
     * in the box; returns its width in dots. A code that does not fit is refused rather than printed with thinner bars.
     */
    private static int barcode(StringBuilder z, String data, Box box, String what) {
        int module = ShippingLabels.MODULE_DOTS;
        int width = code128Modules(data) * module;
        int quiet = 10 * module;
        if (width + 2 * quiet > dots(box.width())) {
            throw new ContentDoesNotFitException(what + " " + data + " is too long for a barcode on the ZPL label: it needs "
                    + (width + 2 * quiet) + " dots with " + module + "-dot bars and quiet zones, the label has " + dots(box.width()));
        }
        int x = dots(box.x()) + (dots(box.width()) - width) / 2;
        int height = dots(box.height());
        z.append("^FO").append(x).append(',').append(dots(box.y()))
                .append("^BY").append(module).append(",3,").append(height)
                .append("^BCN,").append(height).append(",N,N,N,N^FH^FD>:").append(escape(data).replace(">", "><")).append("^FS\n");
        return width;
    }

    /** Modules of a Code 128 in code set B without quiet zones: start, 11 per character, check symbol, 13 for stop. */
    static int code128Modules(String data) {
        return 11 * data.length() + 35;
    }

    private static void frame(StringBuilder z, Box box, int thickness) {
        z.append("^FO").append(dots(box.x())).append(',').append(dots(box.y()))
                .append("^GB").append(dots(box.width())).append(',').append(dots(box.height())).append(',').append(thickness)
                .append("^FS\n");
    }

    private static void rule(StringBuilder z, float y, int thickness) {
        z.append("^FO").append(12).append(',').append(dots(y)).append("^GB").append(WIDTH_DOTS - 24).append(',').append(thickness)
                .append(',').append(thickness).append("^FS\n");
    }

    /** Field data with ^FH: the three characters ZPL would read as commands or escapes become hex escapes. */
    static String escape(String data) {
        return data.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E");
    }

    private static Box inset(Box box, float by) {
        return new Box(box.x() + by, box.y() + by, box.width() - 2 * by, box.height() - 2 * by);
    }

    private static int dots(float points) {
        return Math.round(points * DOTS_PER_POINT);
    }
}
