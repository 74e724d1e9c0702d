package com.renewalpost.fulfilment.it;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;

/**
 * Every activation code the in-container tests put into a server, written down so that
 * {@link ServerLogCustodyIT} can search the servers' logs for them at the end of the run.
 */
public final class UsedCodes {

    static final String FILE_SETTING = "test.used-codes-file";

    private UsedCodes() {
    }

    /** Called inside the server. */
    public static void record(Collection<String> codes) {
        var file = Path.of(ConfigProvider.getConfig().getValue(FILE_SETTING, String.class));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, codes, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called by the final check, outside any server. */
    static List<String> all(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList() : List.of();
    }

    static Path file() {
        return Path.of("target", "it-codes", "used-codes.txt").toAbsolutePath();
    }
}
