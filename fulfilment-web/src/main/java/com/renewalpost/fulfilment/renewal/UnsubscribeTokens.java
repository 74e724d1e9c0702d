package com.renewalpost.fulfilment.renewal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signed token of a reminder's unsubscribe link: {@code <line id>.<HMAC-SHA256 of purpose and line key>},
 * base64url. The line key (an ICCID or a phone number) is signed but not written into the link; the id finds the
 * line, the signature proves the link was made for it. Tokens do not expire: an old email's link must still work.
 */
public final class UnsubscribeTokens {

    /** Signed with the key so that a token made for another purpose, some day, is no unsubscribe token. */
    static final String PURPOSE = "renewal-reminders-unsubscribe\n";
    /** A token a client sends is at most this long: a long id and 43 characters of signature. */
    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{43})");

    private final byte[] key;

    public UnsubscribeTokens(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("the unsubscribe key must be 32 bytes");
        }
        this.key = key.clone();
    }

    public String issue(long lineId, String lineKey) {
        return lineId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(lineKey));
    }

    /** The line id a well-formed token names (not yet checked: see {@link #matches}); empty for anything else. */
    public static Optional<Long> lineIdOf(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var m = SHAPE.matcher(token);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** Whether the token was issued for this line (compared in constant time). */
    public boolean matches(String token, long lineId, String lineKey) {
        if (lineIdOf(token).filter(id -> id == lineId).isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                issue(lineId, lineKey).getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String lineKey) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((PURPOSE + lineKey).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
