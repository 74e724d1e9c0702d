package com.renewalpost.fulfilment.tracking;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingCsvTest {

    @Test
    void rowsBecomeEventsOrListEveryProblemWithTheirLine() {
        var rows = TrackingCsv.parse(new StringReader(String.join("\n",
                "carrier,status,tracking_number,occurred_at,location,event_id",
                "CN,Delivered,rb473124829us,2026-03-05T14:20:00+08:00,SHANGHAI,E-1",
                "CN,in transit,RB473124829US,2026-03-01 08:00,,",
                "",
                "CN,teleported,RB473124828US,yesterday,,")));

        assertThat(rows).hasSize(3);
        var first = rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.event().trackingNumber().value()).isEqualTo("RB473124829US");
        assertThat(first.event().status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(first.event().occurredAt()).isEqualTo(OffsetDateTime.of(2026, 3, 5, 6, 20, 0, 0, ZoneOffset.UTC));
        assertThat(first.event().location()).isEqualTo("SHANGHAI");
        assertThat(first.event().key()).isEqualTo("id:RB473124829US:E-1");

        var second = rows.get(1);
        assertThat(second.event().status()).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(second.event().occurredAt()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(second.event().eventId()).isNull();
        assertThat(second.event().key()).startsWith("hash:");

        var bad = rows.get(2);
        assertThat(bad.line()).isEqualTo(5);
        assertThat(bad.event()).isNull();
        assertThat(bad.problems()).hasSize(3);
        assertThat(bad.problems().toString()).contains("tracking_number", "status", "occurred_at");
    }

    @Test
    void withoutACarrierIdTheSameScanHasTheSameKeyWhateverItsOffset() {
        var rows = TrackingCsv.parse(new StringReader("tracking_number,status,occurred_at\n"
                + "RB473124829US,DELIVERED,2026-03-05T14:20:00+08:00\n"
                + "RB473124829US,delivered,2026-03-05T06:20:00Z\n"
                + "RB473124829US,DELIVERED,2026-03-05T06:21:00Z\n"));
        assertThat(rows.get(0).event().key()).isEqualTo(rows.get(1).event().key());
        assertThat(rows.get(2).event().key()).isNotEqualTo(rows.get(0).event().key());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> TrackingCsv.parse(new StringReader("number,state\nRB473124829US,DELIVERED\n")))
                .isInstanceOf(TrackingCsv.UnreadableFile.class)
                .hasMessageContaining("occurred_at").hasMessageContaining("tracking_number");
    }

    @Test
    void carriersWordsMapToTheNormalisedStatuses() {
        assertThat(TrackingStatus.parse("Return to sender")).contains(TrackingStatus.RETURNED_TO_SENDER);
        assertThat(TrackingStatus.parse("held-at-customs")).contains(TrackingStatus.HELD_AT_CUSTOMS);
        assertThat(TrackingStatus.parse("posted")).contains(TrackingStatus.ACCEPTED);
        assertThat(TrackingStatus.parse("eaten")).isEmpty();
    }
}
