package com.renewalpost.fulfilment.orders;

import com.renewalpost.labels.address.AddressField;
import com.renewalpost.labels.address.AddressFormats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressEntryFieldsTest {

    private static final AddressFormats FORMATS = AddressFormats.standard();

    @Test
    void japanAsksForItsPartsInItsOrderWithThePrefectureAndPostcodeRequired() {
        var rows = AddressEntryFields.of(FORMATS.forCountry("JP"));
        assertThat(rows).extracting(AddressEntryFields.Row::key)
                .containsExactly("organisation", "street1", "street2", "street3", "region", "postcode");
        assertThat(rows).filteredOn(AddressEntryFields.Row::required).extracting(AddressEntryFields.Row::key)
                .containsExactly("street1", "region", "postcode");
        assertThat(rows).filteredOn(r -> r.field() == AddressField.POSTCODE).singleElement()
                .extracting(AddressEntryFields.Row::example).isEqualTo("154-0023");
    }

    @Test
    void franceWritesThePostcodeBeforeTheCity() {
        assertThat(AddressEntryFields.of(FORMATS.forCountry("FR"))).extracting(AddressEntryFields.Row::key)
                .containsExactly("organisation", "street1", "street2", "street3", "postcode", "city");
    }

    @Test
    void chinaAsksForDistrictCityProvinceAndPostcode() {
        assertThat(AddressEntryFields.of(FORMATS.forCountry("CN"))).extracting(AddressEntryFields.Row::key)
                .containsExactly("organisation", "street1", "street2", "street3", "locality", "city", "region",
                        "postcode");
    }

    @Test
    void aCountryWithoutPostcodesHasNoPostcodeInput() {
        assertThat(AddressEntryFields.of(FORMATS.forCountry("HK"))).extracting(AddressEntryFields.Row::key)
                .doesNotContain("postcode").contains("city", "region");
        assertThat(AddressEntryFields.of(FORMATS.forCountry("MO"))).extracting(AddressEntryFields.Row::key)
                .containsExactly("organisation", "street1", "street2", "street3");
    }

    @Test
    void aCountryBeyondTheFirstThirtyHasItsOwnLayoutFromTheWorldTable() {
        // Norway writes "0154 OSLO": postcode before the city, and the post needs both
        var rows = AddressEntryFields.of(FORMATS.forCountry("NO"));
        assertThat(rows).extracting(AddressEntryFields.Row::key)
                .containsExactly("organisation", "street1", "street2", "street3", "postcode", "city");
        assertThat(rows).filteredOn(AddressEntryFields.Row::required).extracting(AddressEntryFields.Row::key)
                .containsExactly("street1", "postcode", "city");
    }

    @Test
    void everyIntakeFieldOfTheAddressHasItsInput() {
        for (var country : FORMATS.countries()) {
            var keys = AddressEntryFields.of(FORMATS.forCountry(country)).stream()
                    .map(AddressEntryFields.Row::key).toList();
            for (var required : FORMATS.forCountry(country).required()) {
                assertThat(keys).as(country + " " + required).contains(AddressEntryFields.keyOf(required));
            }
        }
    }
}
