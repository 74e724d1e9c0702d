package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.CsvExport;

import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The orders list as CSV (the columns of the staff page, headings in the reader's language),
 * through {@link CsvExport}, which neutralises every text cell against formula injection (a
 * customer name can be "=HYPERLINK(...)").
 */
public final class OrdersCsv {

    /** The most rows one export writes: beyond that, narrow the filters. */
    public static final int MOST_ROWS = 10_000;

    private OrdersCsv() {
    }

    /** The rows, with a heading line in the words of {@code words} (the staff page's bundle). */
    public static void write(List<OrderView.Summary> rows, ResourceBundle words, Writer out) {
        var headings = List.of("orders.number", "orders.status", "orders.customer", "orders.customerLatin",
                "orders.email", "orders.country", "orders.product", "orders.channel", "orders.tracking",
                "orders.created").stream().map(words::getString).toArray(String[]::new);
        var csv = CsvExport.writingTo(out, headings);
        for (var o : rows) {
            csv.row(o.number(), words.getString("status." + o.status()), o.customerName(), o.customerNameLatin(),
                    o.email(), o.country(), o.productSku(), words.getString("channel." + o.channel()),
                    o.trackingNumber(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(o.createdAt()));
        }
        csv.flush();
    }
}
