package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Message;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The carrier webhook's signature: header {@code Tracking-Signature: t=<unix seconds>,v1=<hex>}
 * where the hex is HMAC-SHA256(secret, t + "." + raw body). Valid only within five minutes of
 * now (either side: a clock a little fast is tolerated, a replay later is not), compared in
 * constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "Tracking-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Why a request is refused, or that it is not. */
    public enum Verdict {
        VALID, MISSING, MALFORMED, STALE, MISMATCH;

        /** Why, in the reader's language ({@code webhook.*} of the messages). */
        public Message explanation() {
            return Message.of("webhook." + name());
        }
    }

    /**
     * The HMAC with its key, set up once (looking the algorithm up and initialising it showed in the
     * webhook's profile); each signature is computed on a copy, as a Mac is not safe for threads.
     */
    private final Mac keyed;

    public WebhookSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the webhook secret is empty");
        }
        this.keyed = newMac(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(byte[] secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The longest header taken apart: t, v1 and room for a second signature during a key change. */
    static final int MAX_HEADER_LENGTH = 256;
    private static final int SIGNATURE_BYTES = 32;

    /** A header taken apart: its timestamp and the HMAC it claims. */
    private record Parsed(long timestamp, byte[] given) {
    }

    /**
     * What can be told from the header alone, before the body is read: VALID here means only that
     * the header is present, well formed and fresh, so that a request without one is refused
     * without reading a byte of its body.
     */
    public Verdict checkHeader(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        var parsed = parse(header);
        if (parsed == null) {
            return Verdict.MALFORMED;
        }
        return Math.abs(now.getEpochSecond() - parsed.timestamp()) > TOLERANCE.toSeconds()
                ? Verdict.STALE : Verdict.VALID;
    }

    public Verdict verify(String header, byte[] body, Instant now) {
        var shape = checkHeader(header, now);
        if (shape != Verdict.VALID) {
            return shape;
        }
        var parsed = parse(header);
        // MessageDigest.isEqual takes the same time wherever the first difference is
        return MessageDigest.isEqual(mac(parsed.timestamp(), body), parsed.given())
                ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The timestamp and HMAC of a well-formed header, or null. */
    private static Parsed parse(String header) {
        if (header.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        Long timestamp = null;
        byte[] given = null;
        for (var part : header.split(",")) {
            var pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                return null;
            }
            try {
                if (pair[0].equals("t")) {
                    if (!pair[1].matches("[0-9]{1,12}")) {
                        return null;
                    }
                    timestamp = Long.parseLong(pair[1]);
                } else if (pair[0].equals("v1")) {
                    given = HexFormat.of().parseHex(pair[1].toLowerCase(java.util.Locale.ROOT));
                    if (given.length != SIGNATURE_BYTES) {
                        return null;
                    }
                }
            } catch (IllegalArgumentException notANumberOrHex) {
                return null;
            }
        }
        return timestamp == null || given == null ? null : new Parsed(timestamp, given);
    }

    /** The header a sender puts on {@code body} at {@code timestamp}: for tests and the worked example in docs/api.md. */
    public String sign(long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac(timestamp, body));
    }

    private byte[] mac(long timestamp, byte[] body) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        return mac.doFinal(body);
    }
}
