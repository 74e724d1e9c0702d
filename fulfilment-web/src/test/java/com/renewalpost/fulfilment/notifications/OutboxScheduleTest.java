package com.renewalpost.fulfilment.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's and the delay check's intervals, read from the configuration each time the schedule asks. */
class OutboxScheduleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicReference<String> setting = new AtomicReference<>("10");
    private final OutboxSchedule.Interval interval = new OutboxSchedule.Interval(OutboxSchedule.SEND_INTERVAL,
            ChronoUnit.SECONDS, () -> Long.parseLong(setting.get()), nanos::get);

    @Test
    void aRoundIsDueOnceTheIntervalHasPassedSinceTheLastOneEnded() {
        assertThat(interval.due()).as("at the start").isFalse();
        pass(Duration.ofSeconds(9));
        assertThat(interval.due()).isFalse();
        pass(Duration.ofSeconds(1));
        assertThat(interval.due()).isTrue();

        pass(Duration.ofSeconds(30)); // a long round
        interval.ran();
        pass(Duration.ofSeconds(9));
        assertThat(interval.due()).as("counted from the end of the round").isFalse();
        pass(Duration.ofSeconds(1));
        assertThat(interval.due()).isTrue();
    }

    @Test
    void aChangedSettingAppliesAtTheNextQuestionWithoutARestart() {
        interval.ran();
        setting.set("3600");
        pass(Duration.ofSeconds(10));
        assertThat(interval.due()).as("switched to an hour").isFalse();
        assertThat(interval.current()).isEqualTo(3600);

        setting.set("1");
        assertThat(interval.due()).as("back to a second: ten have passed").isTrue();
        interval.ran();
        pass(Duration.ofMillis(999));
        assertThat(interval.due()).isFalse();
        pass(Duration.ofMillis(1));
        assertThat(interval.due()).isTrue();
    }

    @Test
    void aValueBelowOneOrNotANumberKeepsTheLastGoodInterval() {
        setting.set("0");
        pass(Duration.ofSeconds(9));
        assertThat(interval.due()).as("0 would send all the time").isFalse();
        assertThat(interval.current()).isEqualTo(10);
        setting.set("-5");
        assertThat(interval.due()).isFalse();
        setting.set("soon");
        assertThat(interval.due()).isFalse();
        assertThat(interval.current()).isEqualTo(10);
        pass(Duration.ofSeconds(1));
        assertThat(interval.due()).isTrue();

        setting.set("20");
        assertThat(interval.due()).as("a good value again").isFalse();
        assertThat(interval.current()).isEqualTo(20);
    }

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }
}
