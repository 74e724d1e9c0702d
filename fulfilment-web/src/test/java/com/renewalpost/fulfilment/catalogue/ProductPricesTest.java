package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductPricesTest {

    private static final Money OWN = Money.of("25.00", "USD");

    private static Map<String, String> problems(Map<String, BigDecimal> prices) {
        var found = new LinkedHashMap<String, String>();
        ProductPrices.problems(prices, OWN).forEach(e -> found.put(e.field(), e.message().in(Locale.ENGLISH)));
        return found;
    }

    @Test
    void isoCurrenciesWithPositiveAmountsInTheirMinorUnitsAreKept() {
        var prices = Map.of("eur", new BigDecimal("23.50"), "JPY", new BigDecimal("3900"), "USD", new BigDecimal("25"),
                "KWD", new BigDecimal("7.5"));
        assertThat(problems(prices)).isEmpty();
        assertThat(ProductPrices.canonical(prices, OWN)).containsOnlyKeys("EUR", "JPY", "KWD");

        var product = new Product("ESIM-30", "eSIM 30 days", ProductKind.ESIM_PROFILE, 30, "10 GB", OWN, 20, "490700",
                "Printed letter", null, 10);
        product.reprice(ProductPrices.canonical(prices, OWN));
        assertThat(product.priceIn("EUR")).contains(Money.of("23.50", "EUR"));
        assertThat(product.priceIn("USD")).contains(OWN);
        assertThat(product.priceIn("GBP")).isEmpty();
        assertThat(product.prices()).containsOnlyKeys("EUR", "JPY", "KWD", "USD");
    }

    @Test
    void everyWrongPriceIsNamed() {
        var prices = new HashMap<String, BigDecimal>();
        prices.put("EURO", BigDecimal.ONE);
        prices.put("XAU", BigDecimal.ONE);
        prices.put("GBP", new BigDecimal("-1"));
        prices.put("JPY", new BigDecimal("10.5"));
        prices.put("CHF", null);
        prices.put("USD", new BigDecimal("24.00"));
        prices.put("SEK", new BigDecimal("12345678901"));
        assertThat(problems(prices)).containsOnly(
                Map.entry("EURO", "'EURO' is not an ISO 4217 currency code such as USD, EUR or JPY"),
                Map.entry("XAU", "'XAU' is not an ISO 4217 currency code such as USD, EUR or JPY"),
                Map.entry("GBP", "The price must be a positive amount"),
                Map.entry("JPY", "JPY amounts have at most 0 decimals"),
                Map.entry("CHF", "The price must be a positive amount"),
                Map.entry("USD", "This is the product's own currency: its price is 25.00 USD; change it with the product"),
                Map.entry("SEK", "The amount is too large"));
    }

    @Test
    void theListIsBounded() {
        var prices = new HashMap<String, BigDecimal>();
        java.util.Currency.getAvailableCurrencies().stream().filter(c -> c.getDefaultFractionDigits() >= 0).limit(31)
                .forEach(c -> prices.put(c.getCurrencyCode(), BigDecimal.ONE));
        assertThat(ProductPrices.problems(prices, OWN)).extracting(DomainException.FieldError::field).containsExactly("prices");
        assertThat(ProductPrices.problems(null, OWN)).extracting(DomainException.FieldError::field).containsExactly("prices");
    }

    @Test
    void thePageTypesPricesAsCodeAndAmount() {
        assertThat(ProductPrices.parse(" eur 23.50, JPY 3900;KWD 7.500\nGBP 20 ")).containsExactly(
                Map.entry("EUR", new BigDecimal("23.50")), Map.entry("JPY", new BigDecimal("3900")),
                Map.entry("KWD", new BigDecimal("7.500")), Map.entry("GBP", new BigDecimal("20")));
        assertThat(ProductPrices.parse("  ")).isEmpty();
        assertThat(ProductPrices.typed(Map.of("USD", new BigDecimal("25.00"), "EUR", new BigDecimal("23.50")), "USD"))
                .isEqualTo("EUR 23.50");
        for (var wrong : new String[] {"EUR", "EUR 23,50", "EUR 1, EUR 2", "23.50 EUR x"}) {
            var refused = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class,
                    () -> ProductPrices.parse(wrong));
            assertThat(refused).as(wrong).isNotNull();
            assertThat(refused.errors()).extracting(DomainException.FieldError::field).containsExactly("otherPrices");
        }
    }
}
