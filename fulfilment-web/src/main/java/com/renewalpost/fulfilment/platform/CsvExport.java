package com.renewalpost.fulfilment.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
    private final Writer out;
    private final CSVPrinter printer;

    private CsvExport(Writer out, String... columns) {
        this.out = out;
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file built in memory: {@link #text()} gives it. */
    public static CsvExport withColumns(String... columns) {
        return new CsvExport(new StringWriter(), columns);
    }

    /** A file written straight to {@code out} as its rows come (long exports); {@link #flush()} at the end. */
    public static CsvExport writingTo(Writer out, String... columns) {
        return new CsvExport(out, columns);
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

    /** The file's text, for one built in memory. */
    public String text() {
        if (!(out instanceof StringWriter)) {
            throw new IllegalStateException("this CSV was written to a stream");
        }
        flush();
        return out.toString();
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
