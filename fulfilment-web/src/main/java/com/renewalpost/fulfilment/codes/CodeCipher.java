package com.renewalpost.fulfilment.codes;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts codes at rest with AES-256-GCM: a fresh 96-bit nonce per code, the key id written in
 * front ({@code <id>:<base64 nonce+ciphertext>}) so that rotated keys still decrypt old rows,
 * and the key id bound as associated data so a ciphertext cannot be relabelled.
 */
public class CodeCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final CodeKeys keys;
    private final SecureRandom random = new SecureRandom();

    public CodeCipher(CodeKeys keys) {
        this.keys = keys;
    }

    public String encrypt(String code) {
        var keyId = keys.activeKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.keys().get(keyId), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(code.getBytes(StandardCharsets.UTF_8));
            var out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        var keyId = stored.substring(0, colon);
        var key = keys.keys().get(keyId);
        if (key == null) {
            throw new IllegalStateException("No code key with id " + keyId + " is configured");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // no cause attached: the provider's message is harmless, but keep the habit
            throw new IllegalStateException("A stored activation code could not be decrypted (wrong key or tampered)");
        }
    }

    /** A keyed HMAC-SHA256 of the canonical code: equal codes, equal fingerprints; reveals nothing. */
    public String fingerprint(String canonicalCode) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.fingerprintKey(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonicalCode.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
