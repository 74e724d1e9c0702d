package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.orders.Milestones.Milestone;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MilestonesTest {

    private static final OffsetDateTime DAY0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void eachStatusIsToldOnceWhenTheOrderFirstReachedItAndHoldsNotAtAll() {
        var m = Milestones.with(null, OrderStatus.RECEIVED, DAY0);
        m = Milestones.with(m, OrderStatus.ON_HOLD, DAY0.plusHours(1));
        m = Milestones.with(m, OrderStatus.RECEIVED, DAY0.plusHours(2));
        m = Milestones.with(m, OrderStatus.PRINTED, DAY0.plusHours(3));
        m = Milestones.with(m, OrderStatus.PRINTED, DAY0.plusHours(5));
        assertThat(Milestones.decode(m)).containsExactly(new Milestone(OrderStatus.RECEIVED, DAY0),
                new Milestone(OrderStatus.PRINTED, DAY0.plusHours(3)));
    }

    @Test
    void aStatusReachedEarlierThanToldBeforeMovesBackAsTheTimelineReadsByTime() {
        var m = Milestones.with(null, OrderStatus.RECEIVED, DAY0);
        m = Milestones.with(m, OrderStatus.PRINTED, DAY0.plusHours(5));
        m = Milestones.with(m, OrderStatus.CANCELLED, DAY0.plusHours(3));
        m = Milestones.with(m, OrderStatus.PRINTED, DAY0.plusHours(2));
        assertThat(Milestones.decode(m)).containsExactly(new Milestone(OrderStatus.RECEIVED, DAY0),
                new Milestone(OrderStatus.PRINTED, DAY0.plusHours(2)),
                new Milestone(OrderStatus.CANCELLED, DAY0.plusHours(3)));
    }

    @Test
    void timesAreWrittenAsSqlExtractsTheEpochToTheMicrosecondAndReadBackInUtc() {
        assertThat(Milestones.epochSeconds(DAY0)).isEqualTo("1772442000");
        assertThat(Milestones.epochSeconds(DAY0.plusNanos(123_456_000))).isEqualTo("1772442000.123456");
        assertThat(Milestones.epochSeconds(DAY0.plusNanos(1_500))).isEqualTo("1772442000.000002");
        assertThat(Milestones.epochSeconds(DAY0.withOffsetSameInstant(ZoneOffset.ofHours(8)))).isEqualTo("1772442000");
        // PostgreSQL writes six decimals, H2 drops trailing zeros
        assertThat(Milestones.time("1772442000.120000")).isEqualTo(DAY0.plusNanos(120_000_000));
        assertThat(Milestones.time("1772442000")).isEqualTo(DAY0);
        assertThat(Milestones.time("-1.5")).isEqualTo(OffsetDateTime.of(1969, 12, 31, 23, 59, 58, 500_000_000,
                ZoneOffset.UTC));
        assertThat(Milestones.decode(Milestones.encode(Milestones.decode("RECEIVED@1772442000.5;POSTED@1772445600"))))
                .containsExactly(new Milestone(OrderStatus.RECEIVED, DAY0.plusNanos(500_000_000)),
                        new Milestone(OrderStatus.POSTED, DAY0.plusHours(1)));
    }

    @Test
    void statusesReachedWithinOneMicrosecondKeepTheOrderTheyWereReachedIn() {
        // the clock gives nanoseconds, the database keeps microseconds: both of these are .000001 there
        var m = Milestones.with(null, OrderStatus.RECEIVED, DAY0.plusNanos(500));
        m = Milestones.with(m, OrderStatus.QUEUED, DAY0.plusNanos(800));
        assertThat(Milestones.decode(m)).containsExactly(new Milestone(OrderStatus.RECEIVED, DAY0.plusNanos(1_000)),
                new Milestone(OrderStatus.QUEUED, DAY0.plusNanos(1_000)));
    }
}
