package com.renewalpost.fulfilment.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Every CSV the application hands out is written here, so that no cell can become a formula in a
 * spreadsheet (CSV injection): a text cell starting with {@code = + - @}, a tab or a carriage return
 * gets a leading apostrophe, which spreadsheets show as text. Numbers are given as numbers
 * ({@link Number}) and written as they are (a {@link BigDecimal} in plain notation), so that -1.50 in
 * a numeric column stays the number -1.50; only text is neutralised.
 */
public final class CsvExport {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    private CsvExport(String... columns) {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvExport withColumns(String... columns) {
        return new CsvExport(columns);
    }

    /** One line; text cells neutralised, numbers as numbers. */
    public CsvExport row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvExport::cell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file's text. */
    public String text() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return neutralised(value.toString());
    }

    /** The text as a spreadsheet will show it, never as a formula. */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
