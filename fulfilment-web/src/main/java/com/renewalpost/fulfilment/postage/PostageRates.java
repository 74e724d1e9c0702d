package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
@Transactional
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
    com.renewalpost.fulfilment.platform.WarehouseCalendar calendar;

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
            throw invalid("invalid-zone", "country", Message.of("postage.zoneCountry"));
        }
        if (!ZONE.matcher(name).matches()) {
            throw invalid("invalid-zone", "zone", Message.of("postage.zoneName"));
        }
        // a zone no tariff prices would leave the country without postage quotes
        var priced = pricedZones();
        if (!priced.contains(name)) {
            throw DomainException.conflict("unpriced-zone",
                    Message.of("postage.unpricedZone", name)).withErrors(null, List.of(new DomainException.FieldError("zone",
                    Message.of("postage.pricedZones", String.join(", ", priced)))));
        }
        var existing = em.createQuery("SELECT z FROM PostageZone z WHERE z.country = :c", PostageZone.class)
                .setParameter("c", code).getResultStream().findFirst();
        audit.record(actor, AuditAction.TARIFF_CHANGED, "zone of " + code, existing
                .map(z -> Message.of("audit.zoneMoved", z.zone(), name)).orElse(Message.of("audit.zoneNew", name)));
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
            throw DomainException.invalid("invalid-tariff", Message.of("postage.tariffJson"));
        }
        var today = calendar.today();
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (request.effectiveFrom() == null) {
            errors.add(new DomainException.FieldError("effectiveFrom", Message.of("postage.effectiveFrom")));
        } else if (request.effectiveFrom().isBefore(today)) {
            errors.add(new DomainException.FieldError("effectiveFrom", Message.of("postage.notInPast", today.toString())));
        }
        if (request.description() == null || request.description().isBlank() || request.description().length() > 200) {
            errors.add(new DomainException.FieldError("description", Message.of("postage.description")));
        }
        var rates = request.rates() == null ? List.<RateRequest>of() : request.rates();
        if (rates.isEmpty()) {
            errors.add(new DomainException.FieldError("rates", Message.of("postage.oneRate")));
        }
        Set<String> bands = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            var r = rates.get(i);
            var field = "rates[" + i + "]";
            if (r == null) {
                errors.add(new DomainException.FieldError(field, Message.of("postage.emptyRate")));
                continue;
            }
            var service = parseService(r.service());
            if (service == null) {
                errors.add(new DomainException.FieldError(field + ".service", Message.of("postage.service",
                        List.of(PostalService.values()).toString())));
            }
            var zone = r.zone() == null ? "" : r.zone().strip().toUpperCase(Locale.ROOT);
            // a tariff may price a new zone; countries are put in it afterwards (PUT /api/postage/zones/{country})
            if (!ZONE.matcher(zone).matches()) {
                errors.add(new DomainException.FieldError(field + ".zone", Message.of("postage.zoneName")));
            }
            if (r.maxWeightGrams() == null || r.maxWeightGrams() < 1) {
                errors.add(new DomainException.FieldError(field + ".maxWeightGrams", Message.of("postage.maxWeight")));
            } else if (!bands.add(service + "/" + zone + "/" + r.maxWeightGrams())) {
                errors.add(new DomainException.FieldError(field, Message.of("postage.duplicateBand")));
            }
            if (r.price() == null || r.price().signum() < 0 || r.price().stripTrailingZeros().scale() > 2
                    || r.price().compareTo(new BigDecimal("9999999999.99")) > 0) {
                errors.add(new DomainException.FieldError(field + ".price", Message.of("product.price")));
            }
            if (!isCurrency(r.currency())) {
                errors.add(new DomainException.FieldError(field + ".currency", Message.of("product.currency")));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("invalid-tariff",
                    Message.of("problem.fieldsNeedAttention", errors.size())).withErrors(Message.of("postage.invalidTariff"), errors);
        }
        var tariff = new PostageTariff(request.effectiveFrom(), request.description().strip(),
                Clocks.now(clock), actor);
        for (var r : rates) {
            tariff.add(new PostageRate(tariff, parseService(r.service()), r.zone().strip().toUpperCase(Locale.ROOT),
                    r.maxWeightGrams(), r.price(), r.currency().strip().toUpperCase(Locale.ROOT)));
        }
        em.persist(tariff);
        audit.record(actor, AuditAction.TARIFF_CHANGED, "tariff from " + request.effectiveFrom(),
                Message.of("audit.tariff", request.description().strip(), rates.size()));
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

    private static DomainException invalid(String type, String field, Message message) {
        return DomainException.invalid(type, message)
                .withErrors(null, List.of(new DomainException.FieldError(field, message)));
    }
}
