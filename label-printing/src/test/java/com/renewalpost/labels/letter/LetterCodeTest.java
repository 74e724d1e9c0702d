package com.renewalpost.labels.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.qrcode.decoder.Mode;
import com.renewalpost.labels.barcode.BarcodeSymbol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterCodeTest {

    @Test
    void activationCodeFollowsSgp22() {
        assertThat(new EsimProfile("smdp.gsma.com", "04386-agyft-a74y8-3f815", null, false).activationCode())
                .isEqualTo("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815");
        assertThat(new EsimProfile("SMDP.GSMA.COM", "ABC", null, true).activationCode()).isEqualTo("LPA:1$SMDP.GSMA.COM$ABC$$1");
        assertThat(new EsimProfile("SMDP.GSMA.COM", "ABC", "1.2.3", false).activationCode()).isEqualTo("LPA:1$SMDP.GSMA.COM$ABC$1.2.3");
        assertThat(new EsimProfile("SMDP.GSMA.COM", "ABC", "1.2.3", true).activationCode()).isEqualTo("LPA:1$SMDP.GSMA.COM$ABC$1.2.3$1");
    }

    @Test
    void activationCodesAreEncodedInAlphanumericMode() {
        assertThat(BarcodeSymbol.qrCode(new EsimProfile("smdp.gsma.com", "04386-AGYFT-A74Y8-3F815", null, true).activationCode()).qrMode())
                .isEqualTo(Mode.ALPHANUMERIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB_CD", "AB$CD", "AB CD", "ÄBC"})
    void matchingIdsOutsideSgp22AreRefused(String matchingId) {
        assertThatThrownBy(() -> new EsimProfile("smdp.gsma.com", matchingId, null, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"smdp", "smdp..com", "-smdp.com", "smdp.com/path", "https://smdp.com"})
    void smdpAddressMustBeAHostName(String address) {
        assertThatThrownBy(() -> new EsimProfile(address, "ABC", null, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreGroupedForReadingButTypedExactly() {
        Voucher voucher = new Voucher(" 8273645519283746 ");
        assertThat(voucher.forReading()).isEqualTo("8273 6455 1928 3746");
        assertThat(voucher.forTyping()).isEqualTo("8273645519283746");
        assertThat(voucher.qrPayload(null)).isEqualTo("8273645519283746");
        assertThat(voucher.qrPayload("https://t.example/?p={pin}")).isEqualTo("https://t.example/?p=8273645519283746");
        assertThat(new Voucher("12345").forReading()).isEqualTo("1234 5");
        EsimProfile esim = new EsimProfile("smdp.gsma.com", "04386-AGYFT-A74Y8-3F815", null, false);
        assertThat(esim.forReading()).isEqualTo("04386-AGYFT-A74Y8-3F815");
    }
}
