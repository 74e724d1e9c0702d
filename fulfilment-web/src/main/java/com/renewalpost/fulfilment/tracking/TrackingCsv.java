package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.CsvUpload;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A carrier's tracking export: UTF-8 CSV whose first line names the columns (any order, unknown
 * columns ignored). Required: {@code tracking_number} (S10), {@code status} (one of
 * {@link TrackingStatus} or a known synonym), {@code occurred_at} (ISO-8601, e.g.
 * {@code 2026-03-05T14:20:00+08:00}; without an offset the time is UTC). Optional:
 * {@code event_id}, {@code location}, {@code description}.
 */
public final class TrackingCsv {

    /** One data row: either an event or every reason it is not one. {@code line} counts the header as 1. */
    public record Row(long line, String trackingNumber, CarrierEvent event, List<Text> problems) {
    }

    static final Set<String> REQUIRED = Set.of("tracking_number", "status", "occurred_at");

    /** Thrown when the file is not CSV with the required columns at all. */
    public static final class UnreadableFile extends RuntimeException {
        private final transient Message text;

        UnreadableFile(Message text) {
            super(text.toString());
            this.text = text;
        }

        /** Why, for the person who sent the file. */
        public Message text() {
            return text;
        }
    }

    private TrackingCsv() {
    }

    public static List<Row> parse(Reader csv) {
        List<Row> rows = new ArrayList<>();
        try (var parser = CsvUpload.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get())) {
            var missing = REQUIRED.stream().filter(c -> !parser.getHeaderNames().contains(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new UnreadableFile(Message.of("tracking.csv.missingColumns", String.join(", ", missing)));
            }
            var malformedAt = CsvUpload.forEachRecord(parser, record -> {
                // empty lines are read as records (and skipped here) so that record numbers stay line numbers
                if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                    return;
                }
                rows.add(row(record));
            });
            malformedAt.ifPresent(line -> rows.add(new Row(line, null, null, List.of(CsvUpload.MALFORMED))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
            throw new UnreadableFile(Message.of("tracking.csv.notCsv"));
        }
        return rows;
    }

    private static Row row(CSVRecord record) {
        long line = record.getRecordNumber() + 1;
        List<Text> problems = new ArrayList<>();
        var rawNumber = value(record, "tracking_number");
        var number = TrackingNumber.parse(rawNumber);
        if (number.isEmpty()) {
            problems.add(Message.of("tracking.csv.number"));
        }
        var status = TrackingStatus.parse(value(record, "status"));
        if (status.isEmpty()) {
            problems.add(Message.of("tracking.csv.status", List.of(TrackingStatus.values()).toString()));
        }
        var at = time(value(record, "occurred_at"));
        if (at == null) {
            problems.add(Message.of("tracking.csv.time"));
        }
        if (!problems.isEmpty()) {
            return new Row(line, number.map(TrackingNumber::value).orElse(null), null, List.copyOf(problems));
        }
        var event = new CarrierEvent(value(record, "event_id"), number.get(), status.get(), at,
                value(record, "location"), value(record, "description"));
        return new Row(line, number.get().value(), event, List.of());
    }

    static OffsetDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip().replace(' ', 'T')).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }
}
