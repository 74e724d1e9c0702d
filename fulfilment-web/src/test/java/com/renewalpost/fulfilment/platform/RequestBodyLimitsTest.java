package com.renewalpost.fulfilment.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitsTest {

    private final RequestBodyLimits.Limits limits = new RequestBodyLimits.Limits(64, 16_000, 256, 1_000);

    @Test
    void eachKindOfEndpointHasItsOwnLimit() {
        assertThat(limits.of("/api/tracking/events", "application/json")).isEqualTo(64);
        assertThat(limits.of("/api/orders/import", "text/csv")).isEqualTo(16_000);
        assertThat(limits.of("/api/codes/ESIM-1/import", "text/plain")).isEqualTo(16_000);
        assertThat(limits.of("/api/orders", "application/json")).isEqualTo(256);
        assertThat(limits.of("/api/orders", null)).isEqualTo(256);
        assertThat(limits.of("/staff/orders.xhtml", "application/x-www-form-urlencoded")).isEqualTo(1_000);
        assertThat(limits.of("/staff/admin/code-stock.xhtml", "multipart/form-data; boundary=x")).isEqualTo(16_000);
    }

    @Test
    void aBodyCutAtItsLimitIsFoundBehindWrappers() {
        var cut = new RequestBodyLimits.TooLarge(64);
        assertThat(RequestBodyLimits.causedByTooLarge(new java.io.UncheckedIOException(cut))).isTrue();
        assertThat(RequestBodyLimits.causedByTooLarge(new RuntimeException(new IllegalStateException()))).isFalse();
        assertThat(ProblemResponses.problemFor(new RuntimeException(cut)).status()).isEqualTo(413);
    }
}
