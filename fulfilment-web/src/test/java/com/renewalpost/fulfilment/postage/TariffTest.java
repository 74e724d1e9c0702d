package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.shipping.Postage;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.renewalpost.fulfilment.orders.PostalService.STANDARD_LETTER;
import static com.renewalpost.fulfilment.orders.PostalService.TRACKED_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/** Weight bands, zones and effective dates: the price of one item as a pure function of the tariff data. */
class TariffTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate MAR = LocalDate.of(2026, 3, 1);
    private static long ids = 1;

    static final Map<String, String> ZONES = Map.of("GB", "EUROPE", "FR", "EUROPE", "JP", "ASIA", "*", "WORLD");

    static List<Tariff.Rate> bands(long tariff, LocalDate from, PostalService service, String zone, String... prices) {
        int[] bounds = {28, 56, 99};
        List<Tariff.Rate> rates = new ArrayList<>();
        for (int i = 0; i < prices.length; i++) {
            rates.add(new Tariff.Rate(ids++, tariff, from, service, zone, bounds[i], new BigDecimal(prices[i]), "USD"));
        }
        return rates;
    }

    static Tariff tariff(List<List<Tariff.Rate>> parts) {
        return new Tariff(parts.stream().flatMap(List::stream).toList(), ZONES);
    }

    private static BigDecimal price(Tariff tariff, PostalService service, String country, int grams, LocalDate on) {
        var quote = tariff.quote(service, country, grams, on);
        assertThat(quote).as(quote.toString()).isInstanceOf(Tariff.Priced.class);
        return ((Tariff.Priced) quote).rate().price();
    }

    @Test
    void aBandIncludesItsUpperBoundAndTheNextGramIsTheNextBand() {
        var tariff = tariff(List.of(bands(1, JAN, STANDARD_LETTER, "EUROPE", "1.65", "2.90", "4.15")));
        assertThat(price(tariff, STANDARD_LETTER, "GB", 1, MAR)).isEqualByComparingTo("1.65");
        assertThat(price(tariff, STANDARD_LETTER, "GB", 28, MAR)).isEqualByComparingTo("1.65");
        assertThat(price(tariff, STANDARD_LETTER, "GB", 29, MAR)).isEqualByComparingTo("2.90");
        assertThat(price(tariff, STANDARD_LETTER, "GB", 56, MAR)).isEqualByComparingTo("2.90");
        assertThat(price(tariff, STANDARD_LETTER, "GB", 57, MAR)).isEqualByComparingTo("4.15");
        assertThat(price(tariff, STANDARD_LETTER, "GB", 99, MAR)).isEqualByComparingTo("4.15");
    }

    @Test
    void tooHeavyOrWeightlessItemsHaveNoPrice() {
        var tariff = tariff(List.of(bands(1, JAN, STANDARD_LETTER, "EUROPE", "1.65", "2.90", "4.15")));
        assertThat(tariff.quote(STANDARD_LETTER, "GB", 100, MAR)).isInstanceOfSatisfying(Tariff.Unpriced.class,
                u -> assertThat(u.reason().toString()).contains("100 g", "99 g"));
        assertThat(tariff.quote(STANDARD_LETTER, "GB", 0, MAR)).isInstanceOf(Tariff.Unpriced.class);
        assertThat(tariff.quote(TRACKED_LETTER, "GB", 20, MAR)).isInstanceOfSatisfying(Tariff.Unpriced.class,
                u -> assertThat(u.reason().toString()).contains("Tracked letter", "Europe"));
    }

    @Test
    void unlistedCountriesFallInTheDefaultZone() {
        var tariff = tariff(List.of(bands(1, JAN, STANDARD_LETTER, "WORLD", "1.65"),
                bands(1, JAN, STANDARD_LETTER, "ASIA", "1.50")));
        assertThat(tariff.zoneOf("BR")).isEqualTo("WORLD");
        assertThat(price(tariff, STANDARD_LETTER, "BR", 20, MAR)).isEqualByComparingTo("1.65");
        assertThat(price(tariff, STANDARD_LETTER, "JP", 20, MAR)).isEqualByComparingTo("1.50");
    }

    @Test
    void aNewTariffAppliesFromItsDateAndLeavesEarlierDatesAlone() {
        var tariff = tariff(List.of(bands(1, JAN, STANDARD_LETTER, "EUROPE", "1.65", "2.90"),
                bands(2, MAR, STANDARD_LETTER, "EUROPE", "1.80", "3.10")));
        assertThat(price(tariff, STANDARD_LETTER, "FR", 20, MAR.minusDays(1))).isEqualByComparingTo("1.65");
        assertThat(price(tariff, STANDARD_LETTER, "FR", 20, MAR)).isEqualByComparingTo("1.80");
        assertThat(price(tariff, STANDARD_LETTER, "FR", 50, MAR.plusYears(1))).isEqualByComparingTo("3.10");
        assertThat(tariff.quote(STANDARD_LETTER, "FR", 20, JAN.minusDays(1))).isInstanceOf(Tariff.Unpriced.class);
    }

    @Test
    void aNewTariffReplacesAllBandsOfItsServiceAndZoneButNothingElse() {
        // the new tariff has one band only: the old 56 g band is not in force any more
        var tariff = tariff(List.of(bands(1, JAN, STANDARD_LETTER, "EUROPE", "1.65", "2.90"),
                bands(1, JAN, STANDARD_LETTER, "ASIA", "1.50", "2.50"),
                bands(2, MAR, STANDARD_LETTER, "EUROPE", "1.80")));
        assertThat(tariff.quote(STANDARD_LETTER, "GB", 50, MAR)).isInstanceOf(Tariff.Unpriced.class);
        assertThat(price(tariff, STANDARD_LETTER, "JP", 50, MAR)).isEqualByComparingTo("2.50");
        assertThat(tariff.inForce(MAR)).extracting(Tariff.Rate::tariffId).containsExactlyInAnyOrder(1L, 1L, 2L);
    }

    @Test
    void ofTwoTariffsOnTheSameDateTheLaterIntroducedWins() {
        var tariff = tariff(List.of(bands(7, MAR, STANDARD_LETTER, "EUROPE", "1.80"),
                bands(9, MAR, STANDARD_LETTER, "EUROPE", "1.95")));
        assertThat(price(tariff, STANDARD_LETTER, "GB", 20, MAR)).isEqualByComparingTo("1.95");
    }

    @Test
    void aPricedQuoteBecomesTariffPostageWithItsRate() {
        var tariff = tariff(List.of(bands(1, JAN, TRACKED_LETTER, "ASIA", "9.60")));
        var postage = ((Tariff.Priced) tariff.quote(TRACKED_LETTER, "JP", 20, MAR)).postage();
        assertThat(postage.zone()).isEqualTo("ASIA");
        assertThat(postage.amount()).isEqualByComparingTo("9.60");
        assertThat(postage.currency()).isEqualTo("USD");
        assertThat(postage.source()).isEqualTo(Postage.Source.TARIFF);
        assertThat(postage.rateId()).isNotNull();
    }
}
