package com.renewalpost.fulfilment.tracking;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test_5f2b8c";
    private static final byte[] BODY = "{\"trackingNumber\":\"RB473124829US\",\"status\":\"DELIVERED\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final long T = 1_767_225_600L; // 2026-01-01T00:00:00Z

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void aSignatureMadeWithTheSecretIsValidWithinFiveMinutesEitherSide() {
        var header = signature.sign(T, BODY);
        assertThat(signature.verify(header, BODY, Instant.ofEpochSecond(T))).isEqualTo(WebhookSignature.Verdict.VALID);
        assertThat(signature.verify(header, BODY, Instant.ofEpochSecond(T + 300))).isEqualTo(WebhookSignature.Verdict.VALID);
        assertThat(signature.verify(header, BODY, Instant.ofEpochSecond(T - 300))).isEqualTo(WebhookSignature.Verdict.VALID);
        assertThat(signature.verify(header, BODY, Instant.ofEpochSecond(T + 301))).isEqualTo(WebhookSignature.Verdict.STALE);
        assertThat(signature.verify(header, BODY, Instant.ofEpochSecond(T - 301))).isEqualTo(WebhookSignature.Verdict.STALE);
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var expected = java.util.HexFormat.of().formatHex(mac.doFinal(
                (T + "." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        assertThat(signature.sign(T, BODY)).isEqualTo("t=" + T + ",v1=" + expected);
        // upper-case hex and spaces after the comma are accepted too
        assertThat(signature.verify("t=" + T + ", v1=" + expected.toUpperCase(), BODY, Instant.ofEpochSecond(T)))
                .isEqualTo(WebhookSignature.Verdict.VALID);
    }

    /** The worked example documented for carriers (docs/api.md): it must stay true. */
    @Test
    void theDocumentedExampleHolds() {
        var body = "{\"eventId\":\"CN-884120\",\"trackingNumber\":\"RB473124829US\",\"status\":\"DELIVERED\","
                + "\"occurredAt\":\"2026-01-01T09:30:00+08:00\",\"location\":\"SHANGHAI\"}";
        assertThat(new WebhookSignature("whsec_example_2f9c4e7a").sign(1_767_225_600L, body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("t=1767225600,v1=b43640c3d8243b1aa206e8dde7e7078151055b8211c25f5a2424096711bb37bf");
    }

    @Test
    void anyChangedByteOrAnotherSecretOrTimestampIsAMismatch() {
        var header = signature.sign(T, BODY);
        var changed = BODY.clone();
        changed[10] ^= 1;
        assertThat(signature.verify(header, changed, Instant.ofEpochSecond(T))).isEqualTo(WebhookSignature.Verdict.MISMATCH);
        assertThat(new WebhookSignature("another secret").verify(header, BODY, Instant.ofEpochSecond(T)))
                .isEqualTo(WebhookSignature.Verdict.MISMATCH);
        var movedTimestamp = header.replace("t=" + T, "t=" + (T + 1));
        assertThat(signature.verify(movedTimestamp, BODY, Instant.ofEpochSecond(T))).isEqualTo(WebhookSignature.Verdict.MISMATCH);
    }

    @Test
    void theHeadersShapeIsJudgedWithoutTheBody() {
        var now = Instant.ofEpochSecond(T);
        var header = signature.sign(T, BODY);
        assertThat(signature.checkHeader(header, now)).isEqualTo(WebhookSignature.Verdict.VALID);
        assertThat(signature.checkHeader(null, now)).isEqualTo(WebhookSignature.Verdict.MISSING);
        // an HMAC-SHA256 is 32 bytes: a shorter or longer one is refused before the body is read
        var truncated = header.substring(0, header.length() - 2);
        assertThat(signature.checkHeader(truncated, now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.verify(truncated, BODY, now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.checkHeader(header + "00", now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.checkHeader("t=" + T + "0000000000000,v1=" + "ab".repeat(32), now))
                .isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.checkHeader(header + ",x=" + "y".repeat(300), now))
                .isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.checkHeader(signature.sign(T - 3600, BODY), now)).isEqualTo(WebhookSignature.Verdict.STALE);
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        var now = Instant.ofEpochSecond(T);
        assertThat(signature.verify(null, BODY, now)).isEqualTo(WebhookSignature.Verdict.MISSING);
        assertThat(signature.verify(" ", BODY, now)).isEqualTo(WebhookSignature.Verdict.MISSING);
        assertThat(signature.verify("v1=abcd", BODY, now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.verify("t=" + T, BODY, now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.verify("t=soon,v1=abcd", BODY, now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.verify("t=" + T + ",v1=xyz", BODY, now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.verify("garbage", BODY, now)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
    }
}
