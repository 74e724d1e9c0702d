package com.renewalpost.fulfilment.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The key of the unsubscribe links, as the code keys are kept ({@code codes.CodeKeyring}): the setting
 * {@value #SETTING} (base64 of 32 bytes) first, else the key file in the data directory; a demo run creates that
 * file when there is none. Without a key no reminder is queued (the job says so in the log) and no link is
 * accepted: a link must keep working as long as the key does, so the key is never made up on the fly elsewhere.
 */
@ApplicationScoped
public class UnsubscribeKey {

    public static final String SETTING = "fulfilment.renewal.unsubscribe-key";
    static final String FILE_NAME = "unsubscribe-key";
    private static final Logger LOG = Logger.getLogger(UnsubscribeKey.class.getName());

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> configured;
    @Inject
    @ConfigProperty(name = "fulfilment.data.dir")
    String dataDir;
    @Inject
    @ConfigProperty(name = "fulfilment.demo", defaultValue = "false")
    boolean demo;

    private volatile UnsubscribeTokens tokens;

    /** The tokens, or empty when no key is configured (then reminders are off). */
    public synchronized Optional<UnsubscribeTokens> tokens() {
        if (tokens == null) {
            var file = Path.of(dataDir).resolve(FILE_NAME);
            var base64 = configured.filter(k -> !k.isBlank()).or(() -> read(file));
            if (base64.isEmpty() && demo) {
                base64 = Optional.of(generateInto(file));
                LOG.warning(() -> "Demo mode: generated a new unsubscribe-link key into " + file.toAbsolutePath());
            }
            if (base64.isEmpty()) {
                return Optional.empty();
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64.get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(SETTING + " is not valid base64");
            }
            if (key.length != 32) {
                throw new IllegalStateException(SETTING + " must be 32 bytes (256 bits), base64-encoded");
            }
            tokens = new UnsubscribeTokens(key);
        }
        return Optional.of(tokens);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    .filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the unsubscribe key file " + file.toAbsolutePath(), e);
        }
    }

    private static String generateInto(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        var base64 = Base64.getEncoder().encodeToString(key);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, base64 + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the unsubscribe key file " + file.toAbsolutePath(), e);
        }
        return base64;
    }
}
