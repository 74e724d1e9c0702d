package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports web-shop and marketplace orders from CSV (layout in README: one order per row, named
 * columns). Each valid row becomes an order in its own transaction, so a bad row never stops or
 * half-writes the others; rows already imported (same channel and external reference) are
 * reported, not duplicated.
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

    @Inject
    OrderIntake intake;

    public ImportReport importCsv(Reader csv, String actor) {
        List<ImportReport.Row> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(csv)) {
            var missing = REQUIRED_COLUMNS.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-csv",
                        "The header line lacks the column(s) " + String.join(", ", missing)));
            }
            for (CSVRecord record : parser) {
                rows.add(importRow(record, actor));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-csv",
                    "The file is not CSV with a header line (" + malformed.getClass().getSimpleName() + ")"));
        }
        return ImportReport.of(rows);
    }

    private ImportReport.Row importRow(CSVRecord record, String actor) {
        long line = record.getRecordNumber() + 1;
        List<String> problems = new ArrayList<>();
        var request = toRequest(record, problems);
        if (!problems.isEmpty()) {
            return new ImportReport.Row(line, ImportReport.Outcome.REJECTED, value(record, "external_reference"),
                    problems);
        }
        try {
            var receipt = intake.receive(request, null, actor);
            return new ImportReport.Row(line,
                    receipt.created() ? ImportReport.Outcome.IMPORTED : ImportReport.Outcome.ALREADY_PRESENT,
                    receipt.order().number().value(), List.of());
        } catch (InvalidOrderException invalid) {
            return new ImportReport.Row(line, ImportReport.Outcome.REJECTED, value(record, "external_reference"),
                    invalid.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
        } catch (RuntimeException commitFailed) {
            // e.g. the same order arriving through the API at this moment: look again
            var existing = intake.existing(request, null);
            if (existing.isPresent()) {
                return new ImportReport.Row(line, ImportReport.Outcome.ALREADY_PRESENT,
                        existing.get().number().value(), List.of());
            }
            throw commitFailed;
        }
    }

    private static OrderRequest toRequest(CSVRecord r, List<String> problems) {
        LocalDate expiry = null;
        var expiryText = value(r, "plan_expires_on");
        if (expiryText != null) {
            try {
                expiry = LocalDate.parse(expiryText);
            } catch (DateTimeParseException e) {
                problems.add("plan_expires_on: '" + expiryText + "' is not a date like 2026-12-31");
            }
        }
        BigDecimal amount = null;
        var amountText = value(r, "amount");
        if (amountText != null) {
            try {
                amount = new BigDecimal(amountText);
            } catch (NumberFormatException e) {
                problems.add("amount: '" + amountText + "' is not a number like 19.90");
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
                        value(r, "currency")),
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
