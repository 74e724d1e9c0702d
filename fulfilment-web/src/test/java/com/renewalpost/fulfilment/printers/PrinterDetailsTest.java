package com.renewalpost.fulfilment.printers;

import com.renewalpost.fulfilment.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** What an admin may configure as a printer, and the test label's text that cannot turn into commands. */
class PrinterDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.50", "10.0.0.1", "zebra-3", "zebra-3.warehouse.lan", "PRN01.example.com",
            "::1", "fe80::1", "[2001:db8::7]", "2001:db8:0:0:0:0:2:1"})
    void hostsThatAreANameOrAnAddress(String host) {
        assertThat(PrinterDetails.isHost(host)).as(host).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "256.1.1.1", "1.2.3", "192.168.1.50:9100", "-zebra", "zebra-", "ze bra",
            "zebra_3", "zebra..lan", "http://zebra", "fe80::1%eth0", "12345::abcd::1", "ゼブラ", "a.b.c.d.e.f.g.h.i."})
    void hostsThatAreNeither(String host) {
        assertThat(PrinterDetails.isHost(host)).as(host).isFalse();
    }

    @Test
    void portsFrom1To65535AndANameAreRequired() {
        assertThat(new PrinterDetails("Zebra 3", "192.168.1.50", 9100).problems()).isEmpty();
        assertThat(new PrinterDetails("Zebra 3", "192.168.1.50", 1).problems()).isEmpty();
        assertThat(new PrinterDetails("Zebra 3", "192.168.1.50", 65535).problems()).isEmpty();
        assertThat(fields(new PrinterDetails("Zebra 3", "192.168.1.50", 0))).containsExactly("port");
        assertThat(fields(new PrinterDetails("Zebra 3", "192.168.1.50", 65536))).containsExactly("port");
        assertThat(fields(new PrinterDetails(" ", "bad host", null))).containsExactly("name", "host", "port");
        assertThat(fields(new PrinterDetails("x".repeat(61), "zebra", 9100))).containsExactly("name");
        assertThat(fields(new PrinterDetails("Zebra\n3", "zebra", 9100))).containsExactly("name");
    }

    @Test
    void theTestLabelIsOneZplLabelWhoseTextCannotBecomeACommand() {
        var label = new String(new TestLabel("Zebra ^XZ~JR_3 台", "192.168.1.50:9100",
                OffsetDateTime.of(2026, 12, 3, 8, 0, 0, 0, ZoneOffset.UTC)).zpl(), StandardCharsets.UTF_8);
        assertThat(label).startsWith("^XA").endsWith("^XZ\n").contains("192.168.1.50:9100", "2026-12-03 08:00:00");
        assertThat(label.split("\\^XA", -1)).hasSize(2);
        assertThat(label.split("\\^XZ", -1)).hasSize(2);
        assertThat(label).doesNotContain("~JR").contains("Zebra _5EXZ_7EJR_5F3 _E5_8F_B0");
    }

    private static java.util.List<String> fields(PrinterDetails details) {
        return details.problems().stream().map(DomainException.FieldError::field).toList();
    }
}
