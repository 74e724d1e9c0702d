package com.renewalpost.fulfilment.staff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RequestOriginTest {

    static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(RequestOrigin.clientAddress("198.51.100.7", List.of("1.2.3.4"), Set.of())).isEqualTo("198.51.100.7");
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientWhateverItClaims() {
        assertThat(RequestOrigin.clientAddress("198.51.100.7", List.of("1.2.3.4"), PROXIES)).isEqualTo("198.51.100.7");
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedAddressCounts() {
        // the client wrote "1.2.3.4" itself; the outer proxy appended what it saw (203.0.113.5)
        assertThat(RequestOrigin.clientAddress("10.0.0.2", List.of("1.2.3.4, 203.0.113.5, 10.0.0.3"), PROXIES))
                .isEqualTo("203.0.113.5");
        assertThat(RequestOrigin.clientAddress("10.0.0.2", List.of("1.2.3.4", "203.0.113.6"), PROXIES))
                .as("several header lines read as one list").isEqualTo("203.0.113.6");
        assertThat(RequestOrigin.clientAddress("10.0.0.2", List.of("2001:db8::1"), PROXIES)).isEqualTo("2001:db8::1");
    }

    @Test
    void aMissingOrGarbledHeaderLeavesTheProxysAddress() {
        assertThat(RequestOrigin.clientAddress("10.0.0.2", List.of(), PROXIES)).isEqualTo("10.0.0.2");
        assertThat(RequestOrigin.clientAddress("10.0.0.2", List.of("10.0.0.3"), PROXIES)).isEqualTo("10.0.0.2");
        assertThat(RequestOrigin.clientAddress("10.0.0.2", List.of("evil<script>"), PROXIES)).isEqualTo("10.0.0.2");
        assertThat(RequestOrigin.clientAddress("10.0.0.2", List.of("1".repeat(100)), PROXIES)).isEqualTo("10.0.0.2");
    }
}
