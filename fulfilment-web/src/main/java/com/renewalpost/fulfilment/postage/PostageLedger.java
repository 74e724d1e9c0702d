package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.platform.CsvExport;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.shipping.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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

    @Transactional
    public List<Entry> entries(LocalDate from, LocalDate to) {
        return shipments.postedBetween(from, to).stream().map(PostageLedger::entry).toList();
    }

    @Transactional
    public List<Total> totals(LocalDate from, LocalDate to, Grouping grouping) {
        return totals(entries(from, to), grouping);
    }

    static List<Total> totals(List<Entry> entries, Grouping grouping) {
        Function<Entry, String> key = switch (grouping) {
            case DAY -> e -> e.postedOn().toString();
            case MONTH -> e -> e.postedOn().toString().substring(0, 7);
            case SERVICE -> Entry::service;
            case DESTINATION -> Entry::destination;
        };
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (var e : entries) {
            var k = key.apply(e) + "\u0000" + e.currency();
            counts.computeIfAbsent(k, x -> new long[1])[0]++;
            sums.merge(k, e.postage(), BigDecimal::add);
        }
        List<Total> totals = new ArrayList<>();
        sums.forEach((k, sum) -> {
            var parts = k.split("\u0000");
            totals.add(new Total(parts[0], parts[1], counts.get(k)[0], sum));
        });
        return totals;
    }

    @Transactional
    public String csv(LocalDate from, LocalDate to) {
        var csv = CsvExport.withColumns("posted_on", "dispatch", "order_number", "tracking_number", "service",
                "destination", "zone", "weight_grams", "postage", "currency", "postage_source", "override_reason");
        for (var e : entries(from, to)) {
            csv.row(e.postedOn(), e.dispatchId(), e.orderNumber(), e.trackingNumber(), e.service(), e.destination(),
                    e.zone(), e.weightGrams(), e.postage(), e.currency(), e.postageSource(), e.overrideReason());
        }
        return csv.text();
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
