package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.platform.CsvExport;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every posted item with the postage it cost, and totals by day, month, service or destination. */
@ApplicationScoped
public class PostageLedger {

    public enum Grouping { DAY, MONTH, SERVICE, DESTINATION }

    public record Entry(LocalDate postedOn, long dispatchId, String orderNumber, String trackingNumber,
                        String service, String destination, String zone, int weightGrams, BigDecimal postage,
                        String currency, String postageSource, String overrideReason) {
    }

    /** The total of one group in one currency (a group spanning two currencies has two lines). */
    public record Total(String group, String currency, long items, BigDecimal postage) {
    }

    @Inject
    Shipments shipments;

    /** Rows read at a time while the CSV is written. */
    static final int CSV_BATCH = 500;

    @Transactional
    public List<Entry> entries(LocalDate from, LocalDate to, PageRequest page) {
        return shipments.postedBetween(from, to, page.first(), page.size()).stream().map(PostageLedger::entry)
                .toList();
    }

    @Transactional
    public long count(LocalDate from, LocalDate to) {
        return shipments.countPostedBetween(from, to);
    }

    /** Summed in the database, never by reading every posted item. */
    @Transactional
    public List<Total> totals(LocalDate from, LocalDate to, Grouping grouping) {
        var groupBy = switch (grouping) {
            case DAY, MONTH -> "s.postedOn";
            case SERVICE -> "s.postalService";
            case DESTINATION -> "s.destination";
        };
        return merge(shipments.postageTotals(from, to, groupBy), grouping);
    }

    /** Rows of (group key, currency, items, postage) into totals, months from days. */
    static List<Total> merge(List<Object[]> rows, Grouping grouping) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Object[] row : rows) {
            var group = row[0] instanceof PostalService service ? service.name() : row[0].toString();
            if (grouping == Grouping.MONTH) {
                group = group.substring(0, 7);
            }
            var k = group + "\u0000" + row[1];
            counts.computeIfAbsent(k, x -> new long[1])[0] += ((Number) row[2]).longValue();
            sums.merge(k, row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3], BigDecimal::add);
        }
        List<Total> totals = new ArrayList<>();
        sums.forEach((k, sum) -> {
            var parts = k.split("\u0000");
            totals.add(new Total(parts[0], parts[1], counts.get(k)[0], sum));
        });
        return totals;
    }

    static List<Total> totals(List<Entry> entries, Grouping grouping) {
        return merge(entries.stream().map(e -> new Object[]{switch (grouping) {
            case DAY, MONTH -> e.postedOn();
            case SERVICE -> e.service();
            case DESTINATION -> e.destination();
        }, e.currency(), 1L, e.postage()}).toList(), grouping);
    }

    /**
     * Writes the ledger as CSV to {@code out}, {@value #CSV_BATCH} items at a time, so that a long
     * period never sits in memory whole.
     */
    public void csv(LocalDate from, LocalDate to, Writer out) {
        var csv = CsvExport.writingTo(out, "posted_on", "dispatch", "order_number", "tracking_number", "service",
                "destination", "zone", "weight_grams", "postage", "currency", "postage_source", "override_reason");
        for (int page = 0; ; page++) {
            var batch = entries(from, to, new PageRequest(page, CSV_BATCH));
            for (var e : batch) {
                csv.row(e.postedOn(), e.dispatchId(), e.orderNumber(), e.trackingNumber(), e.service(),
                        e.destination(), e.zone(), e.weightGrams(), e.postage(), e.currency(), e.postageSource(),
                        e.overrideReason());
            }
            if (batch.size() < CSV_BATCH) {
                break;
            }
        }
        csv.flush();
    }

    private static Entry entry(Shipment s) {
        var postage = s.postage().orElseThrow(() -> new IllegalStateException(
                "Posted shipment " + s.id() + " has no postage"));
        return new Entry(s.postedOn().orElseThrow(), s.dispatchId().orElseThrow(), s.order().number().value(),
                s.trackingNumber().map(TrackingNumber::value).orElse(null), s.postalService().name(),
                s.destination(), postage.zone(), s.weightGrams(), postage.amount(), postage.currency(),
                postage.source().name(), postage.reason());
    }
}
