package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.it.reuse.ServerReuse;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every in-container class (see junit-platform.properties) and searches what their
 * servers logged for every activation code the run used: a code must never reach a log.
 */
@Order(Integer.MAX_VALUE)
class ServerLogCustodyIT {

    @Test
    void noServerLogOfThisRunHoldsAnyActivationCodeItUsed() throws IOException {
        var codes = UsedCodes.all(UsedCodes.file());
        assertThat(codes).as("the in-container tests record the codes they use").isNotEmpty();
        List<Path> logs;
        try (Stream<Path> files = Files.list(Path.of("target", "failsafe-reports"))) {
            logs = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).toList());
        }
        // the shared server of the system tests (browser and HTTP), when they ran
        var systemServerLog = Path.of("target", "system", "server.log");
        if (Files.exists(systemServerLog)) {
            logs.add(systemServerLog);
        }
        assertThat(logs).as("server output captured by failsafe").isNotEmpty();
        List<String> leaks = new ArrayList<>();
        for (var log : logs) {
            // the system tests' own output is the test JVM's (their server logs to target/system/server.log), and
            // so is null-output.txt: what the test JVM printed outside any class (a library's start-up warning)
            var name = log.getFileName().toString();
            boolean ownServerOutput = !name.contains(".system.") && !name.equals("null-output.txt");
            // failsafe writes the previous class's output file while this class starts: read it once it
            // holds what every such file begins with (it.reuse logs its line before any test runs)
            if (ownServerOutput) {
                Await.until(log + " written", () -> holdsServerLog(read(log)), written -> written);
            }
            var text = read(log);
            if (ownServerOutput) {
                // a class on a server started for an earlier class (it.reuse.ServerReuse) holds that
                // server's output from its own tests on
                assertThat(holdsServerLog(text))
                        .as(log + " holds a server's log").isTrue();
            }
            for (var code : codes) {
                var secretPart = code.substring(code.lastIndexOf('$') + 1);
                if (text.contains(code) || (secretPart.length() >= 8 && text.contains(secretPart))) {
                    leaks.add(log.getFileName() + ": a code ending " + code.substring(code.length() - 4));
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean holdsServerLog(String text) {
        return text.contains("Payara Micro") || text.contains(ServerReuse.REUSING);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
