package com.renewalpost.fulfilment.codes;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The keys that protect activation codes at rest: the active encryption key (with its id, so that
 * keys can rotate: older ids stay readable), earlier keys, and the fingerprint key that lets the
 * stock recognise a code it already holds without decrypting anything.
 *
 * @param activeKeyId id written in front of every new ciphertext
 * @param keys        every key by id (active and earlier), 32 bytes each
 * @param fingerprintKey HMAC key for fingerprints; must never change while codes are in stock
 */
public record CodeKeys(String activeKeyId, Map<String, byte[]> keys, byte[] fingerprintKey) {

    public static final String KEY = "fulfilment.codes.key";
    public static final String PREVIOUS_KEYS = "fulfilment.codes.previous-keys";
    public static final String FINGERPRINT_KEY = "fulfilment.codes.fingerprint-key";
    public static final String KEY_FILE_NAME = "code-keys.properties";

    public CodeKeys {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("The active code key " + activeKeyId + " is not among the keys");
        }
        keys.values().forEach(k -> require32(k, "code key"));
        require32(fingerprintKey, FINGERPRINT_KEY);
    }

    /**
     * Reads keys from settings shaped like the configuration: {@code fulfilment.codes.key=<id>:<base64>},
     * optional {@code fulfilment.codes.previous-keys=<id>:<base64>,...}, {@code fulfilment.codes.fingerprint-key=<base64>}.
     */
    public static Optional<CodeKeys> from(Optional<String> key, Optional<String> previousKeys,
                                          Optional<String> fingerprintKey) {
        if (key.isEmpty() || key.get().isBlank()) {
            return Optional.empty();
        }
        if (fingerprintKey.isEmpty() || fingerprintKey.get().isBlank()) {
            throw new IllegalStateException(KEY + " is set but " + FINGERPRINT_KEY + " is not: set both");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        var active = idAndKey(key.get());
        keys.put(active.getKey(), active.getValue());
        previousKeys.filter(s -> !s.isBlank()).ifPresent(list -> {
            for (var entry : list.split(",")) {
                var previous = idAndKey(entry);
                keys.putIfAbsent(previous.getKey(), previous.getValue());
            }
        });
        return Optional.of(new CodeKeys(active.getKey(), keys, decode(fingerprintKey.get(), FINGERPRINT_KEY)));
    }

    /** Keys from a properties file with the configuration's key names. */
    public static Optional<CodeKeys> fromFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return from(Optional.ofNullable(props.getProperty(KEY)), Optional.ofNullable(props.getProperty(PREVIOUS_KEYS)),
                Optional.ofNullable(props.getProperty(FINGERPRINT_KEY)));
    }

    /** Generates fresh keys into a file only its owner can read (demo mode). */
    public static CodeKeys generateInto(Path file) throws IOException {
        var random = new SecureRandom();
        byte[] key = new byte[32];
        byte[] fingerprint = new byte[32];
        random.nextBytes(key);
        random.nextBytes(fingerprint);
        var encoder = Base64.getEncoder();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Activation-code keys generated for a demo run. Keep this file secret and backed up:\n");
            out.write("# without it the codes in stock cannot be read.\n");
            out.write(KEY + "=demo1:" + encoder.encodeToString(key) + "\n");
            out.write(FINGERPRINT_KEY + "=" + encoder.encodeToString(fingerprint) + "\n");
        }
        return fromFile(file).orElseThrow();
    }

    private static Map.Entry<String, byte[]> idAndKey(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("A code key must look like <id>:<base64 of 32 bytes>");
        }
        var id = text.substring(0, colon).strip();
        if (!id.matches("[A-Za-z0-9_-]{1,16}")) {
            throw new IllegalStateException("A code key id must be 1-16 letters, digits, - or _");
        }
        return Map.entry(id, decode(text.substring(colon + 1), "code key " + id));
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not valid base64");
        }
    }

    private static void require32(byte[] key, String what) {
        if (key.length != 32) {
            throw new IllegalStateException(what + " must be 32 bytes (256 bits), base64-encoded");
        }
    }

    @Override
    public String toString() {
        return "CodeKeys[active=" + activeKeyId + ", ids=" + keys.keySet() + "]";
    }
}
