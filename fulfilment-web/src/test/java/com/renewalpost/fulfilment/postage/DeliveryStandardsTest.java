package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryStandardsTest {

    @Test
    void ownRowFirstThenTheDefaultRowThenTwoWeeks() {
        var table = new DeliveryStandards.Table(Map.of(
                "JP/STANDARD_LETTER", 8,
                "*/STANDARD_LETTER", 14,
                "*/TRACKED_LETTER", 12));

        assertThat(table.transitDays("JP", PostalService.STANDARD_LETTER)).isEqualTo(8);
        assertThat(table.transitDays("JP", PostalService.TRACKED_LETTER)).isEqualTo(12);
        assertThat(table.transitDays("ZZ", PostalService.STANDARD_LETTER)).isEqualTo(14);
        assertThat(table.transitDays("ZZ", PostalService.REGISTERED_LETTER))
                .isEqualTo(DeliveryStandards.Table.LAST_RESORT_DAYS);
    }

    @Test
    void theShortestStandardIsNoLongerThanAnyLetterCanHave() {
        var table = new DeliveryStandards.Table(Map.of("US/STANDARD_LETTER", 4, "*/STANDARD_LETTER", 14));
        assertThat(table.shortestDays()).isEqualTo(4);
        for (var service : PostalService.values()) {
            for (var destination : java.util.List.of("US", "JP", "ZZ")) {
                assertThat(table.transitDays(destination, service)).isGreaterThanOrEqualTo(table.shortestDays());
            }
        }
        // a service with no row at all falls back to the last resort, which counts too
        assertThat(new DeliveryStandards.Table(Map.of("*/STANDARD_LETTER", 20)).shortestDays())
                .isEqualTo(DeliveryStandards.Table.LAST_RESORT_DAYS);
        assertThat(new DeliveryStandards.Table(Map.of()).shortestDays()).isEqualTo(DeliveryStandards.Table.LAST_RESORT_DAYS);
    }
}
