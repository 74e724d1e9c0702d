package com.renewalpost.fulfilment.reliability.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in the servers of the reliability tests: real time plus an offset
 * (an ISO-8601 duration such as {@code P35D}) that the test writes to a file named by the system
 * property {@value #FILE}. Every instance reads the same file on every reading of the clock, so
 * two processes, and a process started again after a crash, live on the same moved time, and a
 * move is seen by the next reading. Like the in-container tests' MovableClock it replaces the
 * platform's clock for every bean (a prioritised alternative), exists only in the tests' copy of
 * the WAR, and only moves forward.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class SharedClock extends Clock {

    public static final String FILE = "reliability.clock-file";

    private Path file;
    private Duration ahead = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A clock in another zone, at the offset reached so far. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    private synchronized Duration offset() {
        if (file == null) {
            var name = System.getProperty(FILE);
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("set -D" + FILE + " to the file holding the tests' time offset");
            }
            file = Path.of(name);
        }
        try {
            var read = Duration.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (read.compareTo(ahead) > 0) {
                ahead = read;
            }
        } catch (NoSuchFileException none) {
            // not moved yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ahead;
    }
}
