package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.CsvUpload;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.ImportResult;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports web-shop and marketplace orders from CSV (layout in docs/api.md: one order per row, named
 * columns). Valid rows become orders in batches of {@value #BATCH}, one transaction each; a bad row
 * is reported and never stops or half-writes the others (a batch the database refuses is rolled
 * back whole and done again row by row); rows already imported (same channel and external
 * reference) are reported, not duplicated.
 */
@ApplicationScoped
public class OrderCsvImport {

    /** The columns, in the documented order. Unknown extra columns are ignored. */
    public static final List<String> COLUMNS = List.of(
            "channel", "external_reference", "customer_name", "customer_name_latin", "email", "phone", "language",
            "organisation", "street1", "street2", "street3", "dependent_locality", "city", "region", "postcode",
            "country", "product_sku", "iccid", "line_phone", "plan_expires_on", "postal_service",
            "payment_method", "payment_reference", "amount", "currency", "notes");
    static final List<String> REQUIRED_COLUMNS = List.of("channel", "external_reference", "customer_name", "email",
            "street1", "country", "product_sku", "payment_method", "amount", "currency");

    /** Rows per transaction: one commit per order was half of an import's time. */
    static final int BATCH = 100;

    @Inject
    OrderIntake intake;

    /** A row that parsed, waiting for its batch. */
    private record Pending(long line, OrderRequest request) {
    }

    public ImportResult importCsv(Reader csv, String actor) {
        List<ImportResult.Row> rows = new ArrayList<>();
        try (var parser = CsvUpload.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).get())) {
            var missing = REQUIRED_COLUMNS.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw DomainException.invalid("invalid-csv",
                        Message.of("csv.missingColumns", String.join(", ", missing)));
            }
            List<Pending> batch = new ArrayList<>();
            var malformedAt = CsvUpload.forEachRecord(parser, record -> {
                long line = record.getRecordNumber() + 1;
                List<Text> problems = new ArrayList<>();
                var request = toRequest(record, problems);
                if (!problems.isEmpty()) {
                    rows.add(new ImportResult.Row(line, ImportReport.Outcome.REJECTED,
                            value(record, "external_reference"), problems));
                    return;
                }
                batch.add(new Pending(line, request));
                if (batch.size() == BATCH) {
                    importBatch(batch, actor, rows);
                    batch.clear();
                }
            });
            importBatch(batch, actor, rows);
            malformedAt.ifPresent(line -> rows.add(new ImportResult.Row(line, ImportReport.Outcome.REJECTED, null,
                    List.of(CsvUpload.MALFORMED))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
            // the header line itself could not be read
            throw DomainException.invalid("invalid-csv",
                    Message.of("csv.notCsv", malformed.getClass().getSimpleName()));
        }
        rows.sort(Comparator.comparingLong(ImportResult.Row::line));
        return new ImportResult(rows);
    }

    private void importBatch(List<Pending> batch, String actor, List<ImportResult.Row> rows) {
        if (batch.isEmpty()) {
            return;
        }
        List<OrderIntake.Outcome> outcomes;
        try {
            outcomes = intake.receiveAll(batch.stream().map(Pending::request).toList(), actor);
        } catch (RuntimeException batchRefused) {
            // nothing of the batch was written (e.g. one of its orders arrived through the API at this moment)
            batch.forEach(pending -> rows.add(importRow(pending, actor)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            var outcome = outcomes.get(i);
            var line = batch.get(i).line();
            rows.add(outcome.receipt() != null ? imported(line, outcome.receipt())
                    : rejected(line, batch.get(i).request(), outcome.problems()));
        }
    }

    private static ImportResult.Row imported(long line, OrderIntake.Receipt receipt) {
        return new ImportResult.Row(line,
                receipt.created() ? ImportReport.Outcome.IMPORTED : ImportReport.Outcome.ALREADY_PRESENT,
                receipt.order().number().value(), List.of());
    }

    private static ImportResult.Row rejected(long line, OrderRequest request, List<FieldProblem> problems) {
        return new ImportResult.Row(line, ImportReport.Outcome.REJECTED, request.externalReference(),
                problems.stream().<Text>map(p -> Message.of("import.fieldProblem", p.field(), p.message())).toList());
    }

    /** One row in its own transaction. */
    private ImportResult.Row importRow(Pending pending, String actor) {
        var request = pending.request();
        try {
            return imported(pending.line(), intake.receive(request, null, actor));
        } catch (InvalidOrderException invalid) {
            return rejected(pending.line(), request, invalid.problems());
        } catch (RuntimeException commitFailed) {
            // e.g. the same order arriving through the API at this moment: look again
            var existing = intake.existing(request, null);
            if (existing.isPresent()) {
                return new ImportResult.Row(pending.line(), ImportReport.Outcome.ALREADY_PRESENT,
                        existing.get().number().value(), List.of());
            }
            throw commitFailed;
        }
    }

    private static OrderRequest toRequest(CSVRecord r, List<Text> problems) {
        LocalDate expiry = null;
        var expiryText = value(r, "plan_expires_on");
        if (expiryText != null) {
            try {
                expiry = LocalDate.parse(expiryText);
            } catch (DateTimeParseException e) {
                problems.add(Message.of("import.notADate", "plan_expires_on", expiryText));
            }
        }
        BigDecimal amount = null;
        var amountText = value(r, "amount");
        if (amountText != null) {
            try {
                amount = new BigDecimal(amountText);
            } catch (NumberFormatException e) {
                problems.add(Message.of("import.notANumber", "amount", amountText));
            }
        }
        var streets = Stream.of(value(r, "street1"), value(r, "street2"), value(r, "street3"))
                .filter(s -> s != null).toList();
        return new OrderRequest(value(r, "customer_name"), value(r, "customer_name_latin"), value(r, "email"),
                value(r, "phone"), value(r, "language"),
                new OrderRequest.Address(value(r, "organisation"), streets, value(r, "dependent_locality"),
                        value(r, "city"), value(r, "region"), value(r, "postcode"), value(r, "country")),
                value(r, "product_sku"), value(r, "iccid"), value(r, "line_phone"), expiry,
                value(r, "postal_service"), value(r, "channel"), value(r, "external_reference"),
                new OrderRequest.PaymentDetails(value(r, "payment_method"), value(r, "payment_reference"), amount,
                        value(r, "currency"), null),
                value(r, "notes"));
    }

    private static String value(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        var v = r.get(column);
        return v == null || v.isBlank() ? null : v;
    }
}
