package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the code keys come from: configuration first, else the key file in the data directory.
 * A demo run creates that file when there is none; any other start without keys is refused.
 */
@ApplicationScoped
public class CodeKeyring {

    private static final Logger LOG = Logger.getLogger(CodeKeyring.class.getName());

    @Inject
    @ConfigProperty(name = CodeKeys.KEY)
    Optional<String> key;
    @Inject
    @ConfigProperty(name = CodeKeys.PREVIOUS_KEYS)
    Optional<String> previousKeys;
    @Inject
    @ConfigProperty(name = CodeKeys.FINGERPRINT_KEY)
    Optional<String> fingerprintKey;
    @Inject
    @ConfigProperty(name = "fulfilment.data.dir")
    String dataDir;
    @Inject
    @ConfigProperty(name = "fulfilment.demo", defaultValue = "false")
    boolean demo;

    private volatile CodeCipher cipher;

    /** At start-up, before anything reads the stock. */
    void openAtStart(@Observes @Priority(DatabaseReady.SECRETS) DatabaseReady ready) {
        try {
            open();
        } catch (IllegalStateException noKey) {
            // Without its key the stock is unreadable: better not to run at all than to fail at the first print run.
            LOG.severe("Refusing to start: " + noKey.getMessage());
            Runtime.getRuntime().halt(78);
        }
    }

    /** Loads (or in demo mode creates) the keys; throws with a message an operator can act on. */
    public synchronized void open() {
        if (cipher != null) {
            return;
        }
        var file = Path.of(dataDir).resolve(CodeKeys.KEY_FILE_NAME);
        try {
            var keys = CodeKeys.from(key, previousKeys, fingerprintKey).or(() -> readFile(file));
            if (keys.isEmpty() && demo) {
                LOG.warning(() -> "Demo mode: generated new activation-code keys into " + file.toAbsolutePath());
                keys = Optional.of(CodeKeys.generateInto(file));
            }
            cipher = new CodeCipher(keys.orElseThrow(() -> new IllegalStateException(
                    "No activation-code key is configured. Set FULFILMENT_CODES_KEY=<id>:<base64 of 32 random bytes> "
                            + "and FULFILMENT_CODES_FINGERPRINT_KEY=<base64 of 32 random bytes> (e.g. from "
                            + "'openssl rand -base64 32'), or put them in " + file.toAbsolutePath()
                            + ", or start with FULFILMENT_DEMO=true to generate demo keys there.")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the code key file " + file.toAbsolutePath(), e);
        }
    }

    public CodeCipher cipher() {
        open();
        return cipher;
    }

    private static Optional<CodeKeys> readFile(Path file) {
        try {
            return CodeKeys.fromFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
