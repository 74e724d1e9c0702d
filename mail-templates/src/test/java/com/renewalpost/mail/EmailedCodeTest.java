package com.renewalpost.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailedCodeTest {

    @Test
    void readsTheSgp22Example() {
        var code = EmailedCode.esimProfile("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815");

        assertThat(code.activationCode()).isEqualTo("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815");
        assertThat(code.smdpAddress()).isEqualTo("SMDP.GSMA.COM");
        assertThat(code.matchingId()).isEqualTo("04386-AGYFT-A74Y8-3F815");
        assertThat(code.confirmationCodeRequired()).isFalse();
        assertThat(code.kind()).isEqualTo(CodeKind.ESIM_PROFILE);
    }

    @Test
    void addsTheLpaPrefixTheQrCodeNeeds() {
        assertThat(EmailedCode.esimProfile("1$SMDP.GSMA.COM$04386-AGYFT").activationCode())
                .isEqualTo("LPA:1$SMDP.GSMA.COM$04386-AGYFT");
    }

    @Test
    void readsTheConfirmationCodeFlagWithAndWithoutOid() {
        assertThat(EmailedCode.esimProfile("LPA:1$SMDP.EXAMPLE.COM$ABC-123$$1").confirmationCodeRequired()).isTrue();
        assertThat(EmailedCode.esimProfile("LPA:1$SMDP.EXAMPLE.COM$ABC-123$1.3.6.1.4.1.31746$1").confirmationCodeRequired()).isTrue();
        var oidOnly = EmailedCode.esimProfile("LPA:1$SMDP.EXAMPLE.COM$ABC-123$1.3.6.1.4.1.31746");
        assertThat(oidOnly.confirmationCodeRequired()).isFalse();
        assertThat(oidOnly.matchingId()).isEqualTo("ABC-123");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "LPA:", "LPA:2$SMDP.GSMA.COM$ABC", "1$SMDPNODOT$ABC", "1$SMDP.GSMA.COM$", "1$SMDP.GSMA.COM",
            "1$SMDP.GSMA.COM$ABC$$2", "1$SMDP.GSMA.COM$AB C", "1$SMDP.GSMA.COM$ABC\r\nX-Evil: 1", "lpa:1$SMDP.GSMA.COM$ABC"
    })
    void refusesWhatIsNotAnSgp22Code(String value) {
        assertThatThrownBy(() -> EmailedCode.esimProfile(value))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    // the message must never echo the (possibly real) code
                    if (!value.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(value);
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"4802-7719-3356-0148", "ABCD1234", "1234 5678"})
    void acceptsVoucherPins(String pin) {
        assertThat(EmailedCode.voucherPin(pin).pin()).isEqualTo(pin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "12--34", " 1234", "1234 ", "12\n34", "12<34>"})
    void refusesMalformedVoucherPins(String pin) {
        assertThatThrownBy(() -> EmailedCode.voucherPin(pin)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsTheCode() {
        var esim = EmailedCode.esimProfile("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815");
        var pin = EmailedCode.voucherPin("4802-7719-3356-0148");

        assertThat(esim.toString()).doesNotContain("04386");
        assertThat(pin.toString()).doesNotContain("4802");
        var order = new OrderDetails("Kim", Language.EN, "RP-1", "US eSIM",
                new SupportContact("help@example.com", null), new Sender("Renewal Post", java.util.List.of()));
        assertThat(new CodeDelayed(order, pin, java.time.LocalDate.of(2025, 1, 2), null).toString()).doesNotContain("4802");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "/track/RB473124829US", "ftp://example.com/x"})
    void trackingLinksAreOnlyWebAddresses(String url) {
        assertThatThrownBy(() -> new Tracking("RB473124829US", URI.create(url))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trackingAcceptsHttpsLinksAndUntrackedNumbers() {
        assertThat(new Tracking("RB473124829US", URI.create("https://tools.usps.com/go/TrackConfirmAction?tLabels=RB473124829US"))
                .publicUrl()).isNotNull();
        assertThat(new Tracking("RB473124829US").publicUrl()).isNull();
    }
}
