package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which input of the order-entry form shows each problem the intake reports. */
class OrderEntryPageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "customerName, customerName",
            "customerNameLatin, customerNameLatin",
            "address.name, customerNameLatin",
            "email, email",
            "productSku, product",
            "iccid, iccid",
            "linePhone, linePhone",
            "payment.amount, amount",
            "payment.currency, currency",
            "payment.method, paymentMethod",
            "address, address",
            "address.country, country",
            "address.streetLines, street1",
            "address.street, street1",
            "'address.streetLines[0]', street1",
            "'address.streetLines[2]', street3",
            "address.dependent_locality, locality",
            "address.city, city",
            "address.region, region",
            "address.postcode, postcode",
            "address.organisation, organisation"})
    void everyFieldTheIntakeNamesHasItsInput(String field, String key) {
        assertThat(OrderEntryPage.keyOf(field)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"channel", "externalReference", "something.new"})
    void problemsWithoutAnInputGoAboveTheForm(String field) {
        assertThat(OrderEntryPage.keyOf(field)).isNull();
    }
}
