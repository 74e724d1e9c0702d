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

    @Test
    void aChangedStandardNamesTheLettersWhoseStandardChangedAndNoOthers() {
        var before = new DeliveryStandards.Table(Map.of(
                "JP/STANDARD_LETTER", 8, "CN/STANDARD_LETTER", 14, "*/STANDARD_LETTER", 14, "*/TRACKED_LETTER", 9));
        // JP learned 6 days; CN unchanged; AU learned its own row (it had the default's 14); the default of
        // tracked letters learned 7
        var after = new DeliveryStandards.Table(Map.of("JP/STANDARD_LETTER", 6, "CN/STANDARD_LETTER", 14,
                "AU/STANDARD_LETTER", 10, "*/STANDARD_LETTER", 14, "*/TRACKED_LETTER", 7));

        assertThat(before.changesTo(after)).containsExactlyInAnyOrder(
                new DeliveryStandards.Table.Change("AU", PostalService.STANDARD_LETTER, 10, java.util.Set.of()),
                new DeliveryStandards.Table.Change("JP", PostalService.STANDARD_LETTER, 6, java.util.Set.of()),
                new DeliveryStandards.Table.Change("*", PostalService.TRACKED_LETTER, 7, java.util.Set.of()));
        assertThat(after.changesTo(after)).isEmpty();
    }

    @Test
    void aChangedDefaultLeavesTheDestinationsWithARowOfTheirOwn() {
        var before = new DeliveryStandards.Table(Map.of("JP/STANDARD_LETTER", 8, "*/STANDARD_LETTER", 14));
        var after = new DeliveryStandards.Table(Map.of("JP/STANDARD_LETTER", 8, "*/STANDARD_LETTER", 16,
                "KR/STANDARD_LETTER", 16));

        // KR had the default's 14 and now has 16 of its own: judged with its own row, and left out of the default's
        assertThat(before.changesTo(after)).containsExactlyInAnyOrder(
                new DeliveryStandards.Table.Change("KR", PostalService.STANDARD_LETTER, 16, java.util.Set.of()),
                new DeliveryStandards.Table.Change("*", PostalService.STANDARD_LETTER, 16, java.util.Set.of("JP", "KR")));
    }
}
