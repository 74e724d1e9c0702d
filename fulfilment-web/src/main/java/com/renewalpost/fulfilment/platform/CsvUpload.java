package com.renewalpost.fulfilment.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * An uploaded CSV file, read row by row from the request as it arrives. A UTF-8 byte order mark
 * (spreadsheets write one) is skipped so that the header is recognised. A file that stops being
 * CSV part-way (a quote not closed) is not a failure of the whole upload: the rows before it are
 * handled and the importer reports the line where reading stopped.
 */
public final class CsvUpload {

    /** Why the rest of a file was not read, for the import's report. */
    public static final Message MALFORMED = Message.of("csv.malformed");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvUpload() {
    }

    /**
     * A parser over the upload, without its byte order mark; an {@link IllegalArgumentException}
     * when not even the header line can be read (the importers answer 400).
     */
    public static CSVParser parse(Reader upload, CSVFormat format) throws IOException {
        var in = new PushbackReader(upload, 1);
        int first = in.read();
        if (first >= 0 && first != BYTE_ORDER_MARK) {
            in.unread(first);
        }
        try {
            return format.parse(in);
        } catch (IOException | UncheckedIOException unreadableHeader) {
            // the header line itself is not CSV (a quote not closed): nothing of the file can be read
            throw new IllegalArgumentException("The header line is not CSV", unreadableHeader);
        }
    }

    /**
     * Hands every record to {@code row} in order; when the file turns malformed, stops and returns
     * the line where the record that could not be read starts.
     */
    public static OptionalLong forEachRecord(CSVParser parser, Consumer<CSVRecord> row) {
        var records = parser.iterator();
        while (true) {
            long linesRead = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return OptionalLong.empty();
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException malformed) {
                return OptionalLong.of(linesRead + 1);
            }
            row.accept(record);
        }
    }
}
