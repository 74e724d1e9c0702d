package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.shipping.Postage;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.platform.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rate ever introduced and the zone table, as values: the price of one item is a pure
 * function of them, tested without a database.
 * <p>
 * For a service and zone, the tariff in force on a date is the one with the latest effective date
 * not after it (of two on the same date, the later introduced). Its bands are read by their upper
 * weight bounds: an item takes the band with the smallest {@code maxWeightGrams} at or above its
 * weight, so 28 g is in the "up to 28 g" band and 29 g in the next.
 */
public record Tariff(List<Rate> rates, Map<String, String> zones) {

    public record Rate(Long id, long tariffId, LocalDate effectiveFrom, PostalService service, String zone,
                       int maxWeightGrams, BigDecimal price, String currency) {
    }

    /** The price of one item, or why there is none. */
    public sealed interface Quote permits Priced, Unpriced {
        String zone();
    }

    public record Priced(String zone, Rate rate) implements Quote {
        public Postage postage() {
            return Postage.fromTariff(zone, rate.price(), rate.currency(), rate.id());
        }
    }

    public record Unpriced(String zone, Message reason) implements Quote {
    }

    public Tariff {
        rates = List.copyOf(rates);
        zones = Map.copyOf(zones);
    }

    /** The zone of a destination; unlisted countries fall in the zone of {@code *}. */
    public String zoneOf(String country) {
        var zone = zones.get(country);
        return zone != null ? zone : zones.getOrDefault(PostageZone.ANY_COUNTRY, "UNZONED");
    }

    public Quote quote(PostalService service, String country, int weightGrams, LocalDate on) {
        var zone = zoneOf(country);
        if (weightGrams < 1) {
            return new Unpriced(zone, Message.of("postage.unpriced.weight"));
        }
        var bands = bandsInForce(service, zone, on);
        if (bands.isEmpty()) {
            return new Unpriced(zone, Message.of("postage.unpriced.noTariff", service, new ZoneName(zone), on.toString()));
        }
        return bands.stream().filter(r -> r.maxWeightGrams() >= weightGrams).findFirst()
                .<Quote>map(r -> new Priced(zone, r))
                .orElseGet(() -> new Unpriced(zone, Message.of("postage.unpriced.tooHeavy", weightGrams,
                        bands.get(bands.size() - 1).maxWeightGrams(), service, new ZoneName(zone))));
    }

    /** The bands of the tariff in force on a date for a service and zone, lightest first. */
    public List<Rate> bandsInForce(PostalService service, String zone, LocalDate on) {
        Optional<Rate> governing = rates.stream()
                .filter(r -> r.service() == service && r.zone().equals(zone) && !r.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(Rate::effectiveFrom).thenComparingLong(Rate::tariffId));
        return governing.map(g -> rates.stream()
                        .filter(r -> r.tariffId() == g.tariffId() && r.service() == service && r.zone().equals(zone))
                        .sorted(Comparator.comparingInt(Rate::maxWeightGrams))
                        .toList())
                .orElse(List.of());
    }

    /** Every band in force on a date, by service, zone and weight. */
    public List<Rate> inForce(LocalDate on) {
        Map<String, Rate> keys = rates.stream().collect(Collectors.toMap(r -> r.service() + "/" + r.zone(),
                Function.identity(), (a, b) -> a));
        return keys.values().stream()
                .flatMap(r -> bandsInForce(r.service(), r.zone(), on).stream())
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Rate::service).thenComparing(Rate::zone)
                        .thenComparingInt(Rate::maxWeightGrams))
                .toList();
    }
}
