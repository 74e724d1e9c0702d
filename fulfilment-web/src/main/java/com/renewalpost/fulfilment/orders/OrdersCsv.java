package com.renewalpost.fulfilment.orders;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The orders list as CSV (the columns of the staff page, headings in the reader's language),
 * written with Commons CSV like the imports read it. A spreadsheet runs a cell starting with
 * =, +, -, @, a tab or a carriage return as a formula: such a cell gets a leading apostrophe, which
 * spreadsheets show as text (a customer name can be "=HYPERLINK(...)").
 */
public final class OrdersCsv {

    /** The most rows one export writes: beyond that, narrow the filters. */
    public static final int MOST_ROWS = 10_000;

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private OrdersCsv() {
    }

    /** The cell as a spreadsheet will take it for text; null stays empty. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The rows, with a heading line in the words of {@code words} (the staff page's bundle). */
    public static void write(List<OrderView.Summary> rows, ResourceBundle words, Appendable out) throws IOException {
        var headings = List.of("orders.number", "orders.status", "orders.customer", "orders.customerLatin",
                "orders.email", "orders.country", "orders.product", "orders.channel", "orders.tracking",
                "orders.created").stream().map(words::getString).toArray(String[]::new);
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headings).get())) {
            for (var o : rows) {
                csv.printRecord(List.of(o.number(), words.getString("status." + o.status()), o.customerName(),
                        o.customerNameLatin() == null ? "" : o.customerNameLatin(), o.email(), o.country(),
                        o.productSku(), words.getString("channel." + o.channel()),
                        o.trackingNumber() == null ? "" : o.trackingNumber(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(o.createdAt())).stream()
                        .map(OrdersCsv::neutralised).toList());
            }
        }
    }
}
