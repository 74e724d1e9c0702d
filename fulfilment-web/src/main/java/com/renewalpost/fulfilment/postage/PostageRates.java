package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Postage rates and zones as data: read as a {@link Tariff}, changed only by introducing a new
 * tariff from a date (today or later), so that what was charged before stays explainable.
 */
@ApplicationScoped
public class PostageRates {

    private static final Pattern ZONE = Pattern.compile("[A-Z0-9_-]{1,40}");

    /** A new tariff as an admin sends it. */
    public record TariffRequest(LocalDate effectiveFrom, String description, List<RateRequest> rates) {
    }

    public record RateRequest(String service, String zone, Integer maxWeightGrams, BigDecimal price, String currency) {
    }

    public record TariffSummary(long id, LocalDate effectiveFrom, String description, OffsetDateTime createdAt,
                                String createdBy, int rates) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    com.renewalpost.fulfilment.shipping.WarehouseCalendar calendar;

    /** Every rate and the zone table, for pricing many items at once. */
    @Transactional
    public Tariff tariff() {
        var rates = em.createQuery("SELECT r FROM PostageRate r JOIN FETCH r.tariff", PostageRate.class)
                .getResultStream().map(PostageRate::toRate).toList();
        Map<String, String> zones = new TreeMap<>();
        for (var z : zoneRows()) {
            zones.put(z.country(), z.zone());
        }
        return new Tariff(rates, zones);
    }

    @Transactional
    public List<PostageZone> zoneRows() {
        return em.createQuery("SELECT z FROM PostageZone z ORDER BY z.country", PostageZone.class).getResultList();
    }

    @Transactional
    public List<TariffSummary> tariffs() {
        return em.createQuery("SELECT t FROM PostageTariff t ORDER BY t.effectiveFrom DESC, t.id DESC",
                        PostageTariff.class).getResultStream()
                .map(t -> new TariffSummary(t.id(), t.effectiveFrom(), t.description(), t.createdAt(), t.createdBy(),
                        t.rates().size()))
                .toList();
    }

    /** The zones some tariff (in force or to come) has rates for. */
    List<String> pricedZones() {
        return em.createQuery("SELECT DISTINCT r.zone FROM PostageRate r ORDER BY r.zone", String.class)
                .getResultList();
    }

    /** Puts a country in a zone (or, with {@code *}, sets the zone of every unlisted country). */
    @Transactional
    public PostageZone assignZone(String country, String zone, String actor) {
        var code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        var name = zone == null ? "" : zone.strip().toUpperCase(Locale.ROOT);
        if (!code.equals(PostageZone.ANY_COUNTRY) && !code.matches("[A-Z]{2}")) {
            throw invalid("invalid-zone", "country", "Use the two-letter country code, e.g. JP, or * for every other country");
        }
        if (!ZONE.matcher(name).matches()) {
            throw invalid("invalid-zone", "zone", "A zone is 1 to 40 capital letters, digits, _ or -");
        }
        // a zone no tariff prices would leave the country without postage quotes
        var priced = pricedZones();
        if (!priced.contains(name)) {
            throw new ProblemException(new Problem("/problems/unpriced-zone", "Conflict", 409,
                    "No tariff has rates for zone " + name + "; introduce a tariff with its rates first",
                    List.of(new Problem.FieldError("zone", "Use a zone a tariff prices: " + String.join(", ", priced)))));
        }
        var existing = em.createQuery("SELECT z FROM PostageZone z WHERE z.country = :c", PostageZone.class)
                .setParameter("c", code).getResultStream().findFirst();
        audit.record(actor, AuditAction.TARIFF_CHANGED, "zone of " + code,
                existing.map(z -> z.zone() + " -> ").orElse("new: ") + name);
        if (existing.isPresent()) {
            existing.get().moveTo(name);
            return existing.get();
        }
        var row = new PostageZone(code, name);
        em.persist(row);
        return row;
    }

    /**
     * Introduces a tariff. It takes effect on its date for the services and zones it names; other
     * services and zones keep their current rates. Refused, with every problem listed, when it
     * starts in the past, names an unknown service, repeats a band or has a bad price. It may price a
     * new zone, into which countries can then be put.
     */
    @Transactional
    public PostageTariff introduce(TariffRequest request, String actor) {
        if (request == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-tariff",
                    "Send the tariff as a JSON object with effectiveFrom, description and rates"));
        }
        var today = calendar.today();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.effectiveFrom() == null) {
            errors.add(new Problem.FieldError("effectiveFrom", "Give the first day the tariff applies"));
        } else if (request.effectiveFrom().isBefore(today)) {
            errors.add(new Problem.FieldError("effectiveFrom", "A tariff cannot start in the past (" + today
                    + " at the earliest): what was charged before must stay as it was"));
        }
        if (request.description() == null || request.description().isBlank() || request.description().length() > 200) {
            errors.add(new Problem.FieldError("description", "Describe the tariff in 1 to 200 characters"));
        }
        var rates = request.rates() == null ? List.<RateRequest>of() : request.rates();
        if (rates.isEmpty()) {
            errors.add(new Problem.FieldError("rates", "A tariff has at least one rate"));
        }
        Set<String> bands = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            var r = rates.get(i);
            var field = "rates[" + i + "]";
            if (r == null) {
                errors.add(new Problem.FieldError(field, "Empty rate"));
                continue;
            }
            var service = parseService(r.service());
            if (service == null) {
                errors.add(new Problem.FieldError(field + ".service", "Use one of " + List.of(PostalService.values())));
            }
            var zone = r.zone() == null ? "" : r.zone().strip().toUpperCase(Locale.ROOT);
            // a tariff may price a new zone; countries are put in it afterwards (PUT /api/postage/zones/{country})
            if (!ZONE.matcher(zone).matches()) {
                errors.add(new Problem.FieldError(field + ".zone", "A zone is 1 to 40 capital letters, digits, _ or -"));
            }
            if (r.maxWeightGrams() == null || r.maxWeightGrams() < 1) {
                errors.add(new Problem.FieldError(field + ".maxWeightGrams", "The band's upper weight in grams, 1 or more"));
            } else if (!bands.add(service + "/" + zone + "/" + r.maxWeightGrams())) {
                errors.add(new Problem.FieldError(field, "This service, zone and weight band is already in the tariff"));
            }
            if (r.price() == null || r.price().signum() < 0 || r.price().stripTrailingZeros().scale() > 2
                    || r.price().compareTo(new BigDecimal("9999999999.99")) > 0) {
                errors.add(new Problem.FieldError(field + ".price", "A price of 0 or more with at most 2 decimals"));
            }
            if (!isCurrency(r.currency())) {
                errors.add(new Problem.FieldError(field + ".currency", "An ISO 4217 currency code, e.g. USD"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("/problems/invalid-tariff", "The tariff is not valid", 400,
                    errors.size() + " field(s) need attention", errors));
        }
        var tariff = new PostageTariff(request.effectiveFrom(), request.description().strip(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor);
        for (var r : rates) {
            tariff.add(new PostageRate(tariff, parseService(r.service()), r.zone().strip().toUpperCase(Locale.ROOT),
                    r.maxWeightGrams(), r.price(), r.currency().strip().toUpperCase(Locale.ROOT)));
        }
        em.persist(tariff);
        audit.record(actor, AuditAction.TARIFF_CHANGED, "tariff from " + request.effectiveFrom(),
                request.description().strip() + " (" + rates.size() + " rates)");
        return tariff;
    }

    static PostalService parseService(String name) {
        if (name == null) {
            return null;
        }
        try {
            return PostalService.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isCurrency(String code) {
        if (code == null) {
            return false;
        }
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ProblemException invalid(String type, String field, String message) {
        return new ProblemException(new Problem("/problems/" + type, "Bad Request", 400, message,
                List.of(new Problem.FieldError(field, message))));
    }
}
