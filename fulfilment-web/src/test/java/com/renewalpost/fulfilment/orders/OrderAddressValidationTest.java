package com.renewalpost.fulfilment.orders;

import com.renewalpost.labels.address.AddressFormats;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Order intake takes only countries, postcodes and states of the address rules, each refused with a message to act on. */
class OrderAddressValidationTest {

    /** Bean Validation has no provider outside the server; the address rules under test do not need one. */
    private static final Validator NO_CONSTRAINTS = (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(),
            new Class<?>[] {Validator.class}, (proxy, method, args) -> Set.of());

    private final OrderValidation validation = new OrderValidation(NO_CONSTRAINTS, AddressFormats.standard());

    private static OrderRequest to(String country, String city, String region, String postcode) {
        return new OrderRequest("Jane Roe", null, "jane@example.com", null, "en",
                new OrderRequest.Address(null, List.of("400 Broad St"), null, city, region, postcode, country),
                "US-ESIM-30", "89014103211118510720", null, null, "STANDARD_LETTER", "POST", null, null, null);
    }

    private List<FieldProblem> addressProblems(OrderRequest request) {
        return validation.problems(request).stream().filter(p -> p.field().startsWith("address")).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UK | UK is not a country code; the United Kingdom is GB
            XX | XX is not a country code
            ZZ | ZZ is not a country code
            EU | EU is not a country code
            """)
    void aCodeOutsideTheTableIsRefusedWithTheReason(String country, String message) {
        assertThat(addressProblems(to(country, "London", null, "SW1A 2AA")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("address.country");
                    assertThat(p.message().toString()).isEqualTo(message);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"WA", "Washington", "US-WA", "wa"})
    void aStateIsTakenAsKeyNameOrIsoCode(String region) {
        assertThat(addressProblems(to("US", "Seattle", region, "98109"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"US, Seattle, XX, 98109, address.region, State XX is not a state of United States",
            "CA, Ottawa, QQ, K1A 0B1, address.region, Province QQ is not a province of Canada",
            "RU, Moscow, Moskva, ABCDEF, address.postcode, Postal code ABCDEF is not valid for Russia",
            "US, Seattle, WA, 9810, address.postcode, ZIP code 9810 is not valid for United States (write it like 95014)"})
    void wrongStatesAndPostcodesAreRefusedInTheCountrysWords(String country, String city, String region, String postcode,
            String field, String message) {
        assertThat(addressProblems(to(country, city, region, postcode)))
                .anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message().toString()).startsWith(message);
                });
    }
}
