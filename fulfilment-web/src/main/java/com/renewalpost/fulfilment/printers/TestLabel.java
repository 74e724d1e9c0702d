package com.renewalpost.fulfilment.printers;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A small 4x6 ZPL label that proves a printer prints what this system sends: the printer's name and
 * address as configured and the time it was sent, with a Code 128 of the name. Text goes through
 * {@code ^FH} hex escapes so that an admin's {@code ^} or {@code ~} in a name cannot become a command.
 */
public record TestLabel(String printerName, String address, OffsetDateTime at) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    public byte[] zpl() {
        var z = new StringBuilder(512);
        z.append("^XA\n^CI28\n^PW812\n^LL1218\n^LH0,0\n");
        field(z, 60, 60, 60, "RENEWAL POST");
        field(z, 60, 140, 40, "Printer test label");
        z.append("^FO60,200^GB692,4,4^FS\n");
        field(z, 60, 240, 36, printerName);
        field(z, 60, 300, 30, address);
        field(z, 60, 350, 30, WHEN.format(at));
        z.append("^FO60,430^BY3,3,120^BCN,120,Y,N,N^FH^FD").append(escaped(printerName)).append("^FS\n");
        z.append("^PQ1\n^XZ\n");
        return z.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder z, int x, int y, int height, String text) {
        z.append("^FO").append(x).append(',').append(y).append("^A0N,").append(height).append(',').append(height)
                .append("^FH^FD").append(escaped(text)).append("^FS\n");
    }

    /** Every character the printer could read as a command or escape, as {@code _XX} (UTF-8 bytes). */
    static String escaped(String text) {
        var out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '^' && c != '~' && c != '_') {
                out.append((char) c);
            } else {
                out.append('_').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
