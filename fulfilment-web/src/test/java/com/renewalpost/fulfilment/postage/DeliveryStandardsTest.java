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
}
