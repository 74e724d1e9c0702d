package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The public lookup's second factor: the postcode, or without one, something the customer has (not the country). */
class LookupFactorTest {

    private static Order to(String postcode, String country, RenewedLine line) {
        var product = new Product("ESIM-30", "eSIM 30 days", ProductKind.ESIM_PROFILE, 30, "10 GB",
                Money.of("25.00", "USD"), 20, "490700", "Printed letter", null, 10);
        return new Order(OrderNumber.next(), new Customer("Chan Tai Man", null, "c@example.com", null, "en"),
                new DeliveryAddress(null, List.of("Flat 5, 18 Nathan Road"), null, "Kowloon", null, postcode, country),
                product, line, LocalDate.of(2027, 1, 1), PostalService.STANDARD_LETTER, Channel.POST, null, null,
                new Payment(PaymentMethod.CHEQUE, "123", Money.of("25.00", "USD")), null, TestOrders.NOW, "tester");
    }

    @Test
    void withoutPostcodesTheLastFourDigitsOfTheLineCountAndTheCountryCodeDoesNot() {
        var byIccid = Optional.of(to(null, "HK", RenewedLine.iccid("8985200012345678907")));
        assertThat(LookupFactor.matches(byIccid, "HK")).isFalse();
        assertThat(LookupFactor.matches(byIccid, "hk")).isFalse();
        assertThat(LookupFactor.matches(byIccid, "8907")).isTrue();
        assertThat(LookupFactor.matches(byIccid, " 89-07 ")).isTrue();
        assertThat(LookupFactor.matches(byIccid, "8906")).isFalse();
        assertThat(LookupFactor.matches(byIccid, "")).isFalse();
        assertThat(LookupFactor.matches(byIccid, null)).isFalse();

        var byPhone = Optional.of(to(null, "MO", RenewedLine.phone("+12025550143")));
        assertThat(LookupFactor.matches(byPhone, "0143")).isTrue();
        assertThat(LookupFactor.matches(byPhone, "MO")).isFalse();
    }

    @Test
    void withAPostcodeOnlyThePostcodeCounts() {
        var london = Optional.of(to("SW1A 2AA", "GB", RenewedLine.iccid("8944100012345678905")));
        assertThat(LookupFactor.matches(london, "sw1a2aa")).isTrue();
        assertThat(LookupFactor.matches(london, "8905")).isFalse();
        assertThat(LookupFactor.matches(london, "GB")).isFalse();
    }

    @Test
    void anUnknownOrderMatchesNothing() {
        assertThat(LookupFactor.matches(Optional.empty(), "")).isFalse();
        assertThat(LookupFactor.matches(Optional.empty(), "\u0000no-such-order")).isFalse();
    }
}
