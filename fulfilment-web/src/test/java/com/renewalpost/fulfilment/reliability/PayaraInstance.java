package com.renewalpost.fulfilment.reliability;

import com.renewalpost.fulfilment.reliability.server.SharedClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Payara Micro process serving the application, started the way an operator would: the
 * Payara Micro jar, the WAR, settings as environment variables, HTTP and Hazelcast on loopback
 * through a pre-boot command file made from the product's own ({@code src/main/payara}), random
 * free ports, and no cluster (the instances share nothing but the database). It can be killed
 * with SIGKILL and started again on the same settings. Its console goes to
 * {@code <dir>/<name>-<start>.log}.
 */
final class PayaraInstance implements AutoCloseable {

    /** Processes of this test JVM still running; killed when the JVM exits, whatever happens to the tests. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final Path dir;
    private final Path war;
    private final Map<String, String> environment;
    private final Path clockFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int httpPort;
    private int starts;
    private final List<Path> logs = new ArrayList<>();

    /**
     * @param environment the application's settings ({@code FULFILMENT_*}), as in production
     * @param clockFile   the file the {@link SharedClock} of this instance reads
     */
    PayaraInstance(String name, Path dir, Path war, Map<String, String> environment, Path clockFile) {
        this.name = name;
        this.dir = dir;
        this.war = war;
        this.environment = new LinkedHashMap<>(environment);
        this.clockFile = clockFile;
    }

    String name() {
        return name;
    }

    int starts() {
        return starts;
    }

    /** Starts the process; {@link #awaitReady} waits for the application. */
    PayaraInstance start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        starts++;
        try {
            Files.createDirectories(dir);
            httpPort = freeLoopbackPort();
            var preBoot = dir.resolve(name + "-pre-boot-commands.txt");
            // the product's pre-boot commands with the loopback address, and a Hazelcast port of its own
            // (other Payara processes on this machine may hold the default 6900)
            var commands = Files.readString(Path.of("src", "main", "payara", "pre-boot-commands.txt"))
                    .replace("${fulfilment.bind.address}", "127.0.0.1")
                    + "\nset hazelcast-runtime-configuration.start-port=" + freeLoopbackPort() + "\n";
            Files.writeString(preBoot, commands);
            var log = dir.resolve(name + "-" + starts + ".log");
            logs.add(log);
            var command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dhazelcast.socket.bind.any=false",
                    "-D" + SharedClock.FILE + "=" + clockFile,
                    "-jar", payaraMicroJar().toString(),
                    // no Hazelcast: the instances coordinate through the database, like production ones
                    "--nohazelcast", "--disablephonehome",
                    "--port", String.valueOf(httpPort),
                    "--prebootcommandfile", preBoot.toString(),
                    "--rootdir", dir.resolve(name + "-runtime-" + starts).toString(),
                    "--contextroot", "/",
                    "--deploy", war.toString()));
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            RUNNING.add(process);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the application is deployed (its login page answers) and ready (its readiness
     * check, database reachable, answers 200); fails if the process dies first.
     */
    PayaraInstance awaitReady(Duration max) {
        var deadline = Instant.now().plus(max);
        // Payara's health endpoint answers without the application too: ask the application first
        var deployed = HttpRequest.newBuilder(base().resolve("/login.html")).timeout(Duration.ofSeconds(30)).GET().build();
        var ready = HttpRequest.newBuilder(base().resolve("/health/ready")).timeout(Duration.ofSeconds(30)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with status " + process.exitValue() + " before it was ready; "
                        + "see " + logs.get(logs.size() - 1) + "\n" + tail(40));
            }
            try {
                if (http.send(deployed, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    requireLoneJvm();
                    return this;
                }
            } catch (IOException notListeningYet) {
                // the HTTP listener opens before the application is deployed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError(name + " not ready within " + max + "; see " + logs.get(logs.size() - 1) + "\n" + tail(40));
    }

    /** Where the application answers. */
    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    /**
     * SIGKILL of the server's JVM (checked to be the process started, see {@link #awaitReady}), as a
     * crash or the kernel's OOM killer would: no shutdown hook, no transaction rolled back by the
     * server, no connection closed politely. Waits until it is gone.
     */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** The process started is the server's JVM itself (the java launcher does not fork), not a wrapper around it. */
    private void requireLoneJvm() {
        var handle = process.toHandle();
        if (!handle.info().command().map(c -> c.endsWith("/java")).orElse(false) || handle.descendants().findAny().isPresent()) {
            throw new IllegalStateException(name + " is not a lone java process: " + handle.info());
        }
    }

    /** Asks the server to stop (SIGTERM), and kills it if it does not within a minute. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        waitForExit();
    }

    @Override
    public void close() {
        stop();
    }

    /** Everything this instance wrote to its console, over all its starts. */
    String logText() {
        var text = new StringBuilder();
        for (var log : logs) {
            try {
                text.append(Files.readString(log, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    List<Path> logs() {
        return List.copyOf(logs);
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RUNNING.remove(process);
    }

    private String tail(int lines) {
        try {
            var all = Files.readAllLines(logs.get(logs.size() - 1), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java of this test JVM, so that the servers run on the same runtime. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Copied into target/reliability by the profile reliability (maven-dependency-plugin). */
    private static Path payaraMicroJar() {
        var configured = System.getProperty("reliability.payara-micro");
        if (configured == null || !Files.isRegularFile(Path.of(configured))) {
            throw new IllegalStateException("No Payara Micro jar at " + configured
                    + ": run the reliability tests with mvn -P reliability verify");
        }
        return Path.of(configured);
    }
}
