package com.renewalpost.fulfilment.codes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EsimActivationCodeTest {

    @Test
    void theGsmaExampleWithItsQrPrefix() {
        var code = EsimActivationCode.parse("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815").value().orElseThrow();
        assertThat(code.smdpAddress()).isEqualTo("SMDP.GSMA.COM");
        assertThat(code.matchingId()).isEqualTo("04386-AGYFT-A74Y8-3F815");
        assertThat(code.smdpOid()).isNull();
        assertThat(code.confirmationCodeRequired()).isFalse();
        assertThat(code.toLpaString()).isEqualTo("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815");
    }

    @Test
    void withOidAndConfirmationFlag() {
        var code = EsimActivationCode.parse("1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1")
                .value().orElseThrow();
        assertThat(code.smdpOid()).isEqualTo("1.3.6.1.4.1.31746");
        assertThat(code.confirmationCodeRequired()).isTrue();
        assertThat(code.toLpaString()).isEqualTo("LPA:1$SMDP.EXAMPLE.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1");
    }

    @Test
    void emptyOidWithConfirmationFlag() {
        var code = EsimActivationCode.parse("1$smdp.example.com$ABC-123$$1").value().orElseThrow();
        assertThat(code.smdpOid()).isNull();
        assertThat(code.confirmationCodeRequired()).isTrue();
        assertThat(code.toLpaString()).isEqualTo("LPA:1$SMDP.EXAMPLE.COM$ABC-123$$1");
    }

    @Test
    void oidWithoutFlag() {
        var code = EsimActivationCode.parse("1$SMDP.EXAMPLE.COM$ABC$2.999.1").value().orElseThrow();
        assertThat(code.toLpaString()).isEqualTo("LPA:1$SMDP.EXAMPLE.COM$ABC$2.999.1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1$SMDP.GSMA.COM|at least three parts",
            "LPA:1$SMDP.GSMA.COM$|matching ID",
            "2$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815|format must be 1",
            "$SMDP.GSMA.COM$04386|format must be 1",
            "1$NOT_A_HOST$04386|domain name",
            "1$SMDP$04386|domain name",
            "1$SMDP.GSMA.COM$04386 AGYFT|matching ID",
            "1$SMDP.GSMA.COM$04386$NOTANOID|OID",
            "1$SMDP.GSMA.COM$04386$$2|flag",
            "1$SMDP.GSMA.COM$04386$1.2$1$9|at most five"})
    void refusesWithAReasonThatDoesNotRepeatTheCode(String text, String reason) {
        var parsed = EsimActivationCode.parse(text);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem().toString()).contains(reason).doesNotContain("04386");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesEmpty(String text) {
        assertThat(EsimActivationCode.parse(text).value()).isEmpty();
    }

    @Test
    void toStringHidesTheMatchingId() {
        var code = EsimActivationCode.parse("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815").value().orElseThrow();
        assertThat(code.toString()).doesNotContain("04386");
    }
}
