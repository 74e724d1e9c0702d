package com.renewalpost.fulfilment.backup;

import com.renewalpost.fulfilment.it.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Backup and restore" procedures of docs/operations.md, run as written there (the shell blocks
 * are read from that page) on a database with demo-like data: back up, change the database, restore into a new
 * database, and find everything as it was at backup time — every table's rows, the columns,
 * constraints, indexes, sequence positions and Flyway's history — and the restored database
 * accepted by Flyway and open for the application's writes.
 *
 * <p>H2 always; PostgreSQL when the {@code postgres} profile names a server (.ci/with-postgres).
 * The PostgreSQL procedure names its role and databases ({@code fulfilment},
 * {@code fulfilment_restored}), so that test needs a server without them: it creates them and
 * drops them again.
 */
// before the in-container classes: no server runs yet to write into this class's output (ServerLogCustodyIT)
@Order(0)
class BackupRestoreIT {

    /** The tables the fixture fills: each must come back with its rows. */
    static final List<String> FILLED = List.of("product", "customer_order", "order_timeline",
            "activation_code", "delivery_standard", "print_run", "print_run_item", "reprint", "dispatch", "shipment",
            "tracking_number", "s10_range", "packing_station", "packing_event", "postage_zone", "postage_tariff",
            "postage_rate", "email_outbox", "email_attempt", "staff_account", "api_key", "audit_event",
            "tracking_event", "shipment_tracking",
            "flyway_schema_history");
    // Flyway logs through java.util.logging, warnings only: the test's output stays empty
    // (ServerLogCustodyIT takes every captured output of the run for a server's log). Its automatic
    // choice would be SLF4J, which greets an empty classpath with warnings on the console.
    private static final String FLYWAY_LOGGING = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    @Test
    void h2ScriptToAndRunscriptRestoreTheDatabaseAsItWasAtBackupTime() throws Exception {
        var blocks = OperationsPage.backupBlocks("H2");
        assertThat(blocks).as("the H2 blocks of docs/operations.md: settings, back up, restore").hasSize(3);
        assertThat(blocks.get(0)).as("docs/operations.md names the H2 of Payara Micro, the one the tests use")
                .contains("h2-" + org.h2.engine.Constants.VERSION + ".jar");
        var work = workDirectory("h2");
        var dataDir = work.resolve("data");
        var url = "jdbc:h2:file:" + dataDir.resolve("fulfilment");
        Dialect h2 = Dialect.H2;

        Snapshot atBackup;
        try (var db = DriverManager.getConnection(url, "fulfilment", "fulfilment")) {
            fill(db, url, "fulfilment", "fulfilment", h2);
            atBackup = Snapshot.of(db, h2);
        }
        Map<String, String> env = Map.of("FULFILMENT_DATA_DIR", dataDir.toString());
        Shell.run(work, env, blocks.get(0) + "\n" + blocks.get(1));
        assertThat(work.resolve("fulfilment-backup.sql.gz")).isNotEmptyFile();

        try (var db = DriverManager.getConnection(url, "fulfilment", "fulfilment")) {
            changeAfterBackup(db, h2);
            assertThat(Snapshot.of(db, h2)).as("the change after the backup").isNotEqualTo(atBackup);
        }
        Shell.run(work, env, blocks.get(0) + "\n" + blocks.get(2));

        try (var restored = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "fulfilment", "fulfilment")) {
            Snapshot.of(restored, h2).assertSameAs(atBackup);
            assertApplicationCanWork(restored, url, "fulfilment", "fulfilment", h2);
        }
    }

    @Test
    @EnabledIf("com.renewalpost.fulfilment.it.TestDatabase#postgres")
    void postgresDumpAndRestoreRestoreTheDatabaseAsItWasAtBackupTime() throws Exception {
        var blocks = OperationsPage.backupBlocks("PostgreSQL");
        assertThat(blocks).as("the PostgreSQL blocks of docs/operations.md: settings, back up, restore").hasSize(3);
        var work = workDirectory("postgres");
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        var appPassword = HexFormat.of().formatHex(secret);
        var source = TestDatabase.urlOf("fulfilment");
        var target = TestDatabase.urlOf("fulfilment_restored");
        boolean created = false;
        try {
            try (var admin = TestDatabase.admin(); var statement = admin.createStatement()) {
                assertThat(exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = 'fulfilment'")
                        || exists(admin, "SELECT 1 FROM pg_database WHERE datname IN ('fulfilment', 'fulfilment_restored')"))
                        .as("docs/operations.md's role and databases already exist on "
                                + System.getProperty(TestDatabase.URL)
                                + ": this test needs a throwaway server (.ci/with-postgres)").isFalse();
                created = true;
                statement.execute("CREATE ROLE fulfilment LOGIN PASSWORD '" + appPassword + "'");
                statement.execute("CREATE DATABASE fulfilment OWNER fulfilment TEMPLATE template0 ENCODING 'UTF8'");
            }
            Dialect pg = Dialect.POSTGRESQL;
            Snapshot atBackup;
            try (var db = DriverManager.getConnection(source, "fulfilment", appPassword)) {
                fill(db, source, "fulfilment", appPassword, pg);
                atBackup = Snapshot.of(db, pg);
            }
            // The reader's settings (block 0) name their server; here the test's server, with the
            // passwords of both accounts in a password file as docs/operations.md suggests.
            var server = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*").matcher(source);
            assertThat(server.matches()).as(source).isTrue();
            var passwords = work.resolve("pgpass");
            Files.writeString(passwords, server.group(1) + ":" + server.group(2) + ":*:fulfilment:" + appPassword + "\n"
                    + server.group(1) + ":" + server.group(2) + ":*:" + System.getProperty(TestDatabase.USER, "postgres")
                    + ":" + System.getProperty(TestDatabase.PASSWORD, "") + "\n");
            Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
            Map<String, String> env = Map.of("PGHOST", server.group(1), "PGPORT", server.group(2),
                    "PGUSER", "fulfilment", "PGPASSFILE", passwords.toString());

            Shell.run(work, env, blocks.get(1));
            assertThat(work.resolve("fulfilment-backup.dump")).isNotEmptyFile();
            try (var db = DriverManager.getConnection(source, "fulfilment", appPassword)) {
                changeAfterBackup(db, pg);
                assertThat(Snapshot.of(db, pg)).as("the change after the backup").isNotEqualTo(atBackup);
            }
            Shell.run(work, env, blocks.get(2));

            try (var restored = DriverManager.getConnection(target, "fulfilment", appPassword)) {
                Snapshot.of(restored, pg).assertSameAs(atBackup);
                assertApplicationCanWork(restored, target, "fulfilment", appPassword, pg);
            }
        } finally {
            if (created) {
                try (var admin = TestDatabase.admin(); var statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS fulfilment_restored WITH (FORCE)");
                    statement.execute("DROP DATABASE IF EXISTS fulfilment WITH (FORCE)");
                    statement.execute("DROP ROLE IF EXISTS fulfilment");
                }
            }
        }
    }

    /** The schema as the application makes it, the demo-like rows, and sequences past their first block. */
    private static void fill(Connection db, String url, String user, String password, Dialect dialect)
            throws SQLException, IOException {
        Flyway.configure(BackupRestoreIT.class.getClassLoader()).loggers(FLYWAY_LOGGING).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        String fixture;
        try (InputStream in = BackupRestoreIT.class.getResourceAsStream("/backup/demo-like-data.sql")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var statement = db.createStatement()) {
            for (var sql : fixture.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        // As after the application's first allocation of ids: a restore that started the
        // sequences afresh would hand out ids that the restored rows already hold.
        for (var sequence : dialect.sequences(db)) {
            dialect.nextValue(db, sequence);
        }
    }

    /** Work done after the backup, which the restore must not bring back. */
    private static void changeAfterBackup(Connection db, Dialect dialect) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM audit_event WHERE id = 1002");
            statement.executeUpdate("UPDATE customer_order SET status = 'CANCELLED', version = version + 1 WHERE id = 1003");
        }
        dialect.nextValue(db, "audit_event_seq");
    }

    /** Flyway finds its history intact, and the application's account can add rows with new ids. */
    private static void assertApplicationCanWork(Connection db, String url, String user, String password,
                                                 Dialect dialect) throws SQLException {
        var flyway = Flyway.configure(BackupRestoreIT.class.getClassLoader()).loggers(FLYWAY_LOGGING).dataSource(url, user, password)
                .locations("classpath:db/migration").load();
        flyway.validate();
        assertThat(flyway.info().pending()).as("migrations left to apply").isEmpty();
        long id = dialect.nextValue(db, "audit_event_seq");
        try (var insert = db.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action) "
                + "VALUES (?, CURRENT_TIMESTAMP, 'backup-test', 'RESTORED')")) {
            insert.setLong(1, id);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static boolean exists(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            return rows.next();
        }
    }

    /** A fresh directory under target, kept for a look after a failure. */
    private static Path workDirectory(String name) throws IOException {
        var parent = Path.of("target", "backup-tests").toAbsolutePath();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, name + "-");
    }

    private static final Pattern H2_GENERATED_INDEX = Pattern.compile("primary_key_[0-9a-f]+|.*_index_[0-9a-f]+");

    /** What differs between the two databases. */
    enum Dialect {
        H2 {
            @Override
            List<String> sequences(Connection db) throws SQLException {
                return Snapshot.strings(db, "SELECT sequence_name FROM information_schema.sequences "
                        + "WHERE sequence_schema = 'PUBLIC'");
            }

            @Override
            String sequencePositions() {
                return "SELECT LOWER(sequence_name), base_value FROM information_schema.sequences "
                        + "WHERE sequence_schema = 'PUBLIC'";
            }

            @Override
            List<String> indexes(Connection db) throws SQLException {
                // H2 names the indexes behind constraints itself, differently after a restore, and
                // gives a foreign key its own index only when no other index covers its columns: so
                // the migrations' named indexes by name, primary and unique keys by their columns,
                // and foreign keys are left to the constraint comparison.
                var indexes = new ArrayList<String>();
                for (var line : Snapshot.lines(db, "SELECT LOWER(i.table_name), LOWER(i.index_name), i.index_type_name, "
                        + "(SELECT LISTAGG(LOWER(c.column_name), ',') WITHIN GROUP (ORDER BY c.ordinal_position) "
                        + "FROM information_schema.index_columns c WHERE c.index_schema = i.index_schema "
                        + "AND c.index_name = i.index_name) FROM information_schema.indexes i "
                        + "WHERE i.table_schema = 'PUBLIC'")) {
                    var parts = line.split("\\|");
                    boolean generated = H2_GENERATED_INDEX.matcher(parts[1]).matches();
                    if (!generated) {
                        indexes.add(line);
                    } else if (!parts[2].equals("INDEX")) {
                        indexes.add(parts[0] + "|" + parts[2] + "|" + parts[3]);
                    }
                }
                indexes.sort(null);
                return indexes;
            }
        },
        POSTGRESQL {
            @Override
            List<String> sequences(Connection db) throws SQLException {
                return Snapshot.strings(db, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'");
            }

            @Override
            String sequencePositions() {
                return "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'";
            }

            @Override
            List<String> indexes(Connection db) throws SQLException {
                return Snapshot.lines(db, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'");
            }
        };

        abstract List<String> sequences(Connection db) throws SQLException;

        /** nextval('name'): PostgreSQL's, and H2 2.x knows it too. */
        long nextValue(Connection db, String sequence) throws SQLException {
            return Snapshot.number(db, "SELECT nextval('" + sequence + "')");
        }

        abstract String sequencePositions();

        abstract List<String> indexes(Connection db) throws SQLException;
    }

    /** The shell blocks of one database's part of "Backup and restore" in docs/operations.md. */
    static final class OperationsPage {

        static List<String> backupBlocks(String database) throws IOException {
            var page = Files.readString(Path.of("..", "docs", "operations.md"), StandardCharsets.UTF_8);
            var section = part(page, "\n## Backup and restore\n", "\n## ");
            assertThat(section).as("docs/operations.md has a section \"## Backup and restore\"").isNotNull();
            var sub = part(section, "\n### " + database + "\n", "\n### ");
            assertThat(sub).as("the backup section of docs/operations.md has \"### " + database + "\"").isNotNull();
            var blocks = new ArrayList<String>();
            var matcher = Pattern.compile("(?ms)^```sh\\n(.*?)^```").matcher(sub);
            while (matcher.find()) {
                blocks.add(matcher.group(1));
            }
            return blocks;
        }

        private static String part(String text, String start, String nextHeading) {
            int from = text.indexOf(start);
            if (from < 0) {
                return null;
            }
            int to = text.indexOf(nextHeading, from + start.length());
            return text.substring(from, to < 0 ? text.length() : to + 1);
        }
    }

    /** bash, as a reader would paste the blocks, failing on the first failing command. */
    static final class Shell {

        static void run(Path directory, Map<String, String> env, String script) throws IOException, InterruptedException {
            var log = Files.createTempFile(directory, "shell-", ".log");
            var process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                    .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            // Only what the test sets: no leftovers from the environment that started the build.
            for (var inherited : List.of("FULFILMENT_DATA_DIR", "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD",
                    "PGDATABASE", "PGPASSFILE", "PGSERVICE")) {
                process.environment().remove(inherited);
            }
            process.environment().putAll(env);
            var running = process.start();
            boolean finished = running.waitFor(3, TimeUnit.MINUTES);
            if (!finished) {
                running.destroyForcibly();
            }
            assertThat(finished && running.exitValue() == 0)
                    .as("the commands of docs/operations.md\n%s\nfailed:\n%s", script, Files.readString(log)).isTrue();
        }
    }
}
