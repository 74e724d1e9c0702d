package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.admin.AdminPages;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Admin page: postage zones, the tariffs introduced, the rates in force, and a new tariff from a
 * date, through {@link PostageRates} as the API. A new tariff prices items posted from its date
 * on; what posted items were charged is kept on their shipments and never recomputed.
 */
@Named
@ViewScoped
@AdminOnly
public class PostagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Zone(String country, String zone) implements Serializable {
    }

    /** One rate as shown and as typed into a new tariff. */
    public static class RateRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String service = PostalService.STANDARD_LETTER.name();
        private String zone;
        private Integer maxWeightGrams;
        private BigDecimal price;
        private String currency = "USD";

        static RateRow of(Tariff.Rate r) {
            var row = new RateRow();
            row.service = r.service().name();
            row.zone = r.zone();
            row.maxWeightGrams = r.maxWeightGrams();
            row.price = r.price();
            row.currency = r.currency();
            return row;
        }

        PostageRates.RateRequest request() {
            return new PostageRates.RateRequest(service, zone, maxWeightGrams, price, currency);
        }

        public String getService() { return service; }
        public void setService(String service) { this.service = service; }
        public String getZone() { return zone; }
        public void setZone(String zone) { this.zone = zone; }
        public Integer getMaxWeightGrams() { return maxWeightGrams; }
        public void setMaxWeightGrams(Integer maxWeightGrams) { this.maxWeightGrams = maxWeightGrams; }
        public BigDecimal getPrice() { return price; }
        public void setPrice(BigDecimal price) { this.price = price; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
    }

    /** A rate in force, with the tariff it belongs to. */
    public record RateInForce(String service, String zone, int maxWeightGrams, BigDecimal price, String currency,
                              LocalDate effectiveFrom) implements Serializable {
    }

    @Inject
    PostageRates rates;
    @Inject
    WarehouseCalendar calendar;

    private LocalDate today;
    private List<Zone> zones;
    private List<PostageRates.TariffSummary> tariffs;
    private List<RateInForce> inForce;
    private List<String> zoneNames;

    private String zoneCountry;
    private String zoneName;

    private LocalDate effectiveFrom;
    private String description;
    private List<RateRow> newRates;

    @PostConstruct
    void load() {
        today = calendar.today();
        zones = rates.zoneRows().stream().map(z -> new Zone(z.country(), z.zone())).toList();
        zoneNames = zones.stream().map(Zone::zone).distinct().sorted().toList();
        tariffs = rates.tariffs();
        inForce = rates.tariff().inForce(today).stream().map(r -> new RateInForce(r.service().name(), r.zone(),
                r.maxWeightGrams(), r.price(), r.currency(), r.effectiveFrom())).toList();
    }

    public void assignZone() {
        try {
            var zone = rates.assignZone(zoneCountry, zoneName, AdminPages.actor());
            PageMessages.done(AdminPages.text("postage.zoneAssigned", zone.country(), zone.zone()));
            zoneCountry = null;
            zoneName = null;
            load();
        } catch (DomainException e) {
            AdminPages.refused(e, "zones");
        }
    }

    /** Opens the new-tariff form with the rates in force, to change the prices that change. */
    public void startTariff() {
        effectiveFrom = today.plusDays(1);
        description = null;
        newRates = new ArrayList<>(rates.tariff().inForce(today).stream().map(RateRow::of).toList());
        if (newRates.isEmpty()) {
            newRates.add(new RateRow());
        }
    }

    public void addRate() {
        newRates.add(new RateRow());
    }

    public void removeRate(RateRow row) {
        newRates.remove(row);
    }

    public void introduce() {
        try {
            var request = new PostageRates.TariffRequest(effectiveFrom, description,
                    newRates.stream().map(RateRow::request).toList());
            var tariff = rates.introduce(request, AdminPages.actor());
            PageMessages.done(AdminPages.text("postage.tariffIntroduced", tariff.description(),
                    tariff.effectiveFrom().toString()));
            cancelTariff();
            load();
        } catch (DomainException e) {
            AdminPages.refused(e, "tariff");
        }
    }

    public void cancelTariff() {
        newRates = null;
        effectiveFrom = null;
        description = null;
    }

    public LocalDate getToday() { return today; }
    public List<Zone> getZones() { return zones; }
    public List<String> getZoneNames() { return zoneNames; }
    public List<PostageRates.TariffSummary> getTariffs() { return tariffs; }
    public List<RateInForce> getInForce() { return inForce; }
    public PostalService[] getServices() { return PostalService.values(); }
    public String getZoneCountry() { return zoneCountry; }
    public void setZoneCountry(String zoneCountry) { this.zoneCountry = zoneCountry; }
    public String getZoneName() { return zoneName; }
    public void setZoneName(String zoneName) { this.zoneName = zoneName; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<RateRow> getNewRates() { return newRates; }
}
