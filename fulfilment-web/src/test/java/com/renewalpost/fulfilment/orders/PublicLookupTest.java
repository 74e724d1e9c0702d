package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.platform.RateLimits;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The one check behind the customers' status and tracking pages: number and postcode, then the limit. */
class PublicLookupTest {

    private static final String CLIENT = "203.0.113.7";

    private final List<String> numbersAsked = new ArrayList<>();
    private final List<String> limitTakenFor = new ArrayList<>();
    private Duration limitWait = Duration.ZERO;

    private PublicLookup lookupOf(Order... known) {
        var lookup = new PublicLookup();
        lookup.orders = new Orders() {
            @Override
            public Optional<Order> byNumber(OrderNumber number) {
                numbersAsked.add(number.value());
                return List.of(known).stream().filter(o -> o.number().equals(number)).findFirst();
            }
        };
        lookup.rateLimits = new RateLimits() {
            @Override
            public Duration publicLookupWait(String address) {
                limitTakenFor.add(address);
                return limitWait;
            }
        };
        return lookup;
    }

    private static PublicLookup.Answer<String> ask(PublicLookup lookup, String number, String postcode, String line) {
        return lookup.lookUp(CLIENT, number, postcode, line, order -> order.number().value());
    }

    @Test
    void thePostcodeMatchesWhateverItsSpacingDashesAndCase() {
        var london = to("SW1A 2AA", RenewedLine.iccid("8944100012345678905"));
        var lookup = lookupOf(london);
        var number = london.number().value();
        for (var given : List.of("SW1A 2AA", "sw1a2aa", " Sw1a-2aA ", "s w 1 a 2 a a")) {
            assertThat(ask(lookup, number, given, null)).as(given).isEqualTo(new PublicLookup.Found<>(number));
        }
        // the stored postcode is normalised too
        var kept = to("sw1a-2aa", null);
        assertThat(ask(lookupOf(kept), kept.number().value(), "SW1A2AA", null))
                .isEqualTo(new PublicLookup.Found<>(kept.number().value()));
    }

    @Test
    void aWrongPostcodeAnUnknownNumberAndAMalformedOneGetTheSameAnswer() {
        var london = to("SW1A 2AA", null);
        var lookup = lookupOf(london);
        var wrongPostcode = ask(lookup, london.number().value(), "SW1A 2AB", null);
        var unknown = OrderNumber.next().value();
        var unknownNumber = ask(lookup, unknown, "SW1A 2AA", null);
        var malformed = ask(lookup, "not a number", "SW1A 2AA", null);
        assertThat(wrongPostcode).isEqualTo(new PublicLookup.NoMatch<String>());
        assertThat(unknownNumber).isEqualTo(wrongPostcode);
        assertThat(malformed).isEqualTo(wrongPostcode);
        assertThat(numbersAsked).as("a well-formed unknown number is looked up like a known one")
                .containsExactly(london.number().value(), unknown);
    }

    /** A compare that stops at the shorter value, or skips an empty one, would let these through. */
    @Test
    void onlyTheWholePostcodeMatchesNotAPartOrAnExtensionOfIt() {
        var london = to("SW1A 2AA", null);
        var lookup = lookupOf(london);
        var number = london.number().value();
        for (var given : new String[]{"SW1A", "SW1A 2A", "SW1A 2AAX", "TW1A 2AA", "SW1A 2AB", "", " ", null}) {
            assertThat(ask(lookup, number, given, null)).as(String.valueOf(given))
                    .isEqualTo(new PublicLookup.NoMatch<String>());
        }
    }

    @Test
    void withoutAPostcodeTheLinesLastFourDigitsAreTheFactor() {
        var kowloon = to(null, RenewedLine.iccid("8985200012345678907"));
        var lookup = lookupOf(kowloon);
        var number = kowloon.number().value();
        assertThat(ask(lookup, number, null, "8907")).isEqualTo(new PublicLookup.Found<>(number));
        assertThat(ask(lookup, number, " ", "89-07")).as("a blank postcode gives way to the line")
                .isEqualTo(new PublicLookup.Found<>(number));
        assertThat(ask(lookup, number, "8907", null)).as("given in the postcode field")
                .isEqualTo(new PublicLookup.Found<>(number));
        assertThat(ask(lookup, number, null, "8906")).isEqualTo(new PublicLookup.NoMatch<String>());
        assertThat(ask(lookup, number, "HK", null)).isEqualTo(new PublicLookup.NoMatch<String>());
    }

    @Test
    void everyLookupTakesFromTheLimitAndOneOverItIsToldToWaitWithoutLookingUp() {
        var london = to("SW1A 2AA", null);
        var lookup = lookupOf(london);
        ask(lookup, london.number().value(), "SW1A 2AA", null);
        ask(lookup, london.number().value(), "wrong", null);
        assertThat(limitTakenFor).containsExactly(CLIENT, CLIENT);

        limitWait = Duration.ofSeconds(7);
        numbersAsked.clear();
        assertThat(ask(lookup, london.number().value(), "SW1A 2AA", null))
                .isEqualTo(new PublicLookup.TooOften<String>(Duration.ofSeconds(7)));
        assertThat(numbersAsked).isEmpty();
    }

    private static Order to(String postcode, RenewedLine line) {
        var product = new Product("ESIM-30", "eSIM 30 days", ProductKind.ESIM_PROFILE, 30, "10 GB",
                Money.of("25.00", "USD"), 20, "490700", "Printed letter", null, 10);
        return new Order(OrderNumber.next(), new Customer("Chan Tai Man", null, "c@example.com", null, "en"),
                new DeliveryAddress(null, List.of("Flat 5, 18 Nathan Road"), null, "London", null, postcode, "GB"),
                product, line, LocalDate.of(2027, 1, 1), PostalService.STANDARD_LETTER, Channel.POST, null, null,
                new Payment(PaymentMethod.CHEQUE, "123", Money.of("25.00", "USD")), null, TestOrders.NOW, "tester");
    }
}
