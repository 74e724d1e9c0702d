package com.renewalpost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The benchmark client, run by {@code bench/run} as a second process beside the server. Each
 * command prints its figures as {@code key=value} lines on standard output (the run script keeps
 * them) and its progress on standard error; an answer the benchmark does not expect ends it with
 * a non-zero status. Secrets travel in a file readable only by its owner, never on a command line.
 *
 * <pre>
 * setup        BASE SECRETS CODES_PER_PRODUCT    admin password, API key, warehouse account, code stock
 * csv-intake   BASE SECRETS ORDERS RUN_ID         one CSV import of ORDERS rows (API key)
 * rest-intake  BASE SECRETS ORDERS CLIENTS RUN_ID ORDERS single-order POSTs from CLIENTS threads (API key)
 * print-run    BASE SECRETS ORDERS                a print run of the next ORDERS, then all its documents
 * webhook-requests BASE SECRETS BULK_TSV EVENTS OUT   one signed event sent and checked, then signed
 *                                                 carrier events for wrk (bench/wrk/replay.lua)
 * lookup-requests  BASE BULK_TSV ORDERS OUT       public tracking lookups for wrk; prints the answers' size
 * bulk-load    JDBC_URL USER SECRETS SHIPMENTS OUT_TSV   posted letters straight into the stopped database
 * explain      JDBC_URL USER SECRETS OUT          the delay scan's query: plan, and its time alone
 * report       FIGURES RESULTS_MD SECTION PLAN    the figures beside the goals, into the results file
 * profile      RECORDING.jfr FROM_MS TO_MS [TOP]  where the CPU time went between two moments
 * simulate     BASE SECRETS ORDERS SEED SERVICES SMTP_PORT CHOICE   a year of orders through the server (bench/simulate)
 * simulation-emails JDBC_URL USER SECRETS          the simulated orders' emails, from the stopped database
 * simulation-report RESULTS_MD FIGURES...          the variants side by side
 * simulation-check                                 the simulator's pure parts, without a server
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        var rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "setup" -> Setup.run(rest);
                case "csv-intake" -> Intake.csv(rest);
                case "rest-intake" -> Intake.rest(rest);
                case "print-run" -> Printing.run(rest);
                case "webhook-requests" -> Tracking.webhookRequests(rest);
                case "lookup-requests" -> Tracking.lookupRequests(rest);
                case "bulk-load" -> BulkLoad.run(rest);
                case "explain" -> Explain.run(rest);
                case "report" -> Report.run(rest);
                case "profile" -> Profile.run(rest);
                case "simulate" -> Simulation.run(rest);
                case "simulation-emails" -> SimulationReport.emails(rest);
                case "simulation-report" -> SimulationReport.run(rest);
                case "simulation-check" -> SimulationReport.selfCheck();
                default -> usage();
            }
        } catch (Api.Unexpected unexpected) {
            System.err.println("BENCHMARK FAILED: " + unexpected.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("usage: Main setup|csv-intake|rest-intake|print-run|webhook-requests|lookup-requests|"
                + "bulk-load|explain|report|profile|simulate|simulation-emails|simulation-report|simulation-check ...");
        System.exit(2);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static void progress(String line) {
        System.err.println("  " + line);
    }

    static void figure(String key, Object value) {
        System.out.println(key + "=" + value);
    }

    static String seconds(long nanos) {
        return String.format("%.3f", nanos / 1e9);
    }

    static String rate(long count, long nanos) {
        return String.format("%.1f", count / (nanos / 1e9));
    }

    static String millis(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    /** The run's secrets: written by the run script and setup, mode 600. */
    static Properties secrets(String file) {
        var p = new Properties();
        try (var in = Files.newBufferedReader(Path.of(file))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static void saveSecrets(String file, Properties p) {
        var path = Path.of(file);
        try {
            if (!Files.exists(path)) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (var out = Files.newBufferedWriter(path)) {
                p.store(out, "bench secrets: this run only");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String secret(Properties p, String key) {
        var value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new Api.Unexpected("the secrets file has no " + key);
        }
        return value;
    }

    static String randomPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "bench-" + HexFormat.of().formatHex(bytes);
    }
}
