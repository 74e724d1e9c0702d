package com.renewalpost.fulfilment.dashboard;

import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.tracking.LearnedStandards;
import com.renewalpost.fulfilment.tracking.LearnedStandards.Delivery;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartsTest {

    @Test
    void everyDayOfTheSpanIsThereEvenWithoutPostings() {
        var days = Charts.everyDay(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2),
                Map.of(LocalDate.of(2026, 3, 1), 7L));
        assertThat(days).extracting(Charts.Day::items).containsExactly(0L, 0L, 7L, 0L);
        assertThat(days.get(2).day()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theMedianOfAnOddAndAnEvenNumberOfDeliveries() {
        assertThat(Charts.median(List.of(9, 3, 5))).isEqualTo(5.0);
        assertThat(Charts.median(List.of(9, 3, 5, 4))).isEqualTo(4.5);
        assertThatThrownBy(() -> Charts.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transitDaysAreGroupedByDestinationWhateverTheService() {
        var destinations = Charts.byDestination(List.of(new Delivery("JP", PostalService.STANDARD_LETTER, 9),
                new Delivery("JP", PostalService.TRACKED_LETTER, 5), new Delivery("CN", PostalService.STANDARD_LETTER, 12),
                new Delivery("JP", PostalService.STANDARD_LETTER, 6)));
        assertThat(destinations).containsExactly(new Charts.Destination("CN", 12.0, 1),
                new Charts.Destination("JP", 6.0, 3));
    }

    @Test
    void transitDaysRunFromThePostingDayToTheWarehousesDayOfTheDeliveryScan() {
        var monday = LocalDate.of(2026, 11, 30);
        var tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(LearnedStandards.transitDays(monday, OffsetDateTime.parse("2026-12-03T10:00:00+09:00"), tokyo))
                .isEqualTo(3);
        // 20:00 UTC on the posting day is already the next morning at a warehouse in Tokyo: one day, not 0
        assertThat(LearnedStandards.transitDays(monday, OffsetDateTime.parse("2026-11-30T20:00:00Z"), tokyo))
                .isEqualTo(1);
        assertThat(LearnedStandards.transitDays(monday, OffsetDateTime.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC))
                .isEqualTo(0);
        // a scan dated before the posting day (a wrong date) is negative: the caller leaves it out
        assertThat(LearnedStandards.transitDays(monday, OffsetDateTime.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC))
                .isEqualTo(-1);
    }

    @Test
    void aMedianOfTwoAndThreeDaysIsTwoAndAHalfNotTruncated() {
        var posted = LocalDate.of(2026, 11, 2);
        var deliveries = List.of(
                new Delivery("DE", PostalService.STANDARD_LETTER, LearnedStandards.transitDays(posted,
                        OffsetDateTime.parse("2026-11-04T09:00:00Z"), ZoneOffset.UTC)),
                new Delivery("DE", PostalService.STANDARD_LETTER, LearnedStandards.transitDays(posted,
                        OffsetDateTime.parse("2026-11-05T16:30:00Z"), ZoneOffset.UTC)));
        assertThat(Charts.byDestination(deliveries)).containsExactly(new Charts.Destination("DE", 2.5, 2));
        var chart = Json.createReader(new StringReader(Charts.transitDays(Charts.byDestination(deliveries), "days")))
                .readObject();
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getJsonNumber(0).doubleValue()).isEqualTo(2.5);
    }

    @Test
    void theChartsAreChartJsConfigurations() {
        var posted = Json.createReader(new StringReader(Charts.postedPerDay(List.of(
                new Charts.Day(LocalDate.of(2026, 3, 1), 4), new Charts.Day(LocalDate.of(2026, 3, 2), 0)),
                "Items \"posted\""))).readObject();
        assertThat(posted.getString("type")).isEqualTo("bar");
        assertThat(posted.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("03-01");
        var dataset = posted.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getString("label")).isEqualTo("Items \"posted\"");
        assertThat(dataset.getJsonArray("data").getInt(0)).isEqualTo(4);
        assertThat(posted.getJsonObject("options").containsKey("indexAxis")).isFalse();

        var transit = Json.createReader(new StringReader(Charts.transitDays(List.of(
                new Charts.Destination("JP", 6.5, 22)), "Median transit days"))).readObject();
        assertThat(transit.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(transit.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("JP (22)");
        assertThat(transit.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getJsonNumber(0).doubleValue()).isEqualTo(6.5);
    }
}
