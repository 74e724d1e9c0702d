package com.renewalpost.fulfilment.backup;

import com.renewalpost.fulfilment.it.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of the first release, full of data, upgraded by every later migration, run by Flyway
 * as the application runs it at start-up: every row of the first release is still there with every
 * value it had, the sequences stand where they stood, and the schema is the one a new installation
 * gets. The first release is the schema of migrations V1 to V5, what the application carried before
 * the reliability issue (and what databases in use have); its data is a frozen fixture
 * ({@code migration/release-1-data.sql}).
 *
 * <p>A later migration that means to change first-release data on purpose (a backfill, a new
 * spelling) must say so here, in {@link #CHANGED_ON_PURPOSE}; any other change fails the test.
 *
 * <p>H2 always; PostgreSQL too when the {@code postgres} profile names a server (.ci/with-postgres).
 */
// before the in-container classes: no server runs yet to write into this class's output (ServerLogCustodyIT)
@Order(0)
class SchemaUpgradeIT {

    /** The last migration of the first release. */
    static final String FIRST_RELEASE = "5";
    /**
     * Columns of the first release (lower case, per table) that a later migration changes on purpose: V32 gives the
     * tracked and registered letters' seeded delivery standards their own, shorter days.
     */
    static final Map<String, List<String>> CHANGED_ON_PURPOSE = Map.of("delivery_standard", List.of("transit_days"));

    // Flyway logs through java.util.logging, warnings only, so that this test's output stays empty:
    // ServerLogCustodyIT takes every captured output of the run for a server's log. The logger is
    // held here because java.util.logging keeps loggers only weakly, and their levels with them.
    private static final String FLYWAY_LOGGING = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    @Test
    void anH2DatabaseOfTheFirstReleaseUpgradesWithEveryRowIntact() throws Exception {
        var work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "upgrade-tests")
                .toAbsolutePath()), "h2-");
        var upgraded = new Database("jdbc:h2:file:" + work.resolve("upgraded"), "fulfilment", "fulfilment");
        var fresh = new Database("jdbc:h2:file:" + work.resolve("fresh"), "fulfilment", "fulfilment");
        upgradeKeepsEverything(upgraded, fresh, BackupRestoreIT.Dialect.H2);
    }

    @Test
    @EnabledIf("com.renewalpost.fulfilment.it.TestDatabase#postgres")
    void aPostgresDatabaseOfTheFirstReleaseUpgradesWithEveryRowIntact() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var upgraded = TestDatabase.freshPostgres("upgrade_" + suffix);
        var fresh = TestDatabase.freshPostgres("upgrade_fresh_" + suffix);
        upgradeKeepsEverything(new Database(upgraded.url(), upgraded.user(), upgraded.password()),
                new Database(fresh.url(), fresh.user(), fresh.password()), BackupRestoreIT.Dialect.POSTGRESQL);
    }

    private record Database(String url, String user, String password) {
        Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        Flyway flyway(String target) {
            var configuration = Flyway.configure(SchemaUpgradeIT.class.getClassLoader()).loggers(FLYWAY_LOGGING)
                    .dataSource(url, user, password).locations("classpath:db/migration");
            return (target == null ? configuration : configuration.target(target)).load();
        }
    }

    private static void upgradeKeepsEverything(Database upgraded, Database fresh, BackupRestoreIT.Dialect dialect)
            throws Exception {
        try (var db = upgraded.open()) {
            var firstRelease = upgraded.flyway(FIRST_RELEASE).migrate();
            assertThat(firstRelease.targetSchemaVersion).isEqualTo(FIRST_RELEASE);
            load(db, "/migration/release-1-data.sql");
            // as after the application's first ids: an upgrade must not move a sequence back
            for (var sequence : dialect.sequences(db)) {
                dialect.nextValue(db, sequence);
            }
            var before = Snapshot.of(db, dialect);
            var columnsBefore = columns(db);
            assertThat(before.rows().get("customer_order")).as("the first release's data").isNotEmpty();

            var upgrade = upgraded.flyway(null).migrate();
            assertThat(upgrade.success).isTrue();
            assertThat(upgrade.migrationsExecuted).as("migrations after the first release").isPositive();
            upgraded.flyway(null).validate();
            assertThat(upgraded.flyway(null).info().pending()).isEmpty();
            var after = Snapshot.of(db, dialect);

            var softly = new SoftAssertions();
            softly.assertThat(after.rows().keySet()).as("tables").containsAll(before.rows().keySet());
            columnsBefore.forEach((table, columns) -> {
                if (table.equals("flyway_schema_history")) {
                    return;
                }
                var changed = CHANGED_ON_PURPOSE.getOrDefault(table, List.of());
                var kept = columns.names().stream().filter(c -> !changed.contains(c.toLowerCase(Locale.ROOT))).toList();
                try {
                    softly.assertThat(Snapshot.lines(db, select(kept, columns.table())))
                            .as("the first release's rows of " + table + " (" + String.join(", ", kept) + ")")
                            .isEqualTo(linesOf(before.rows().get(table), kept, columns.names()));
                } catch (SQLException e) {
                    softly.fail("cannot read " + table + " after the upgrade: " + e.getMessage());
                }
            });
            softly.assertThat(after.rows().get("flyway_schema_history")).as("Flyway's history of the first release")
                    .containsAll(before.rows().get("flyway_schema_history"));
            softly.assertThat(after.sequences()).as("sequence positions").containsAll(before.sequences());
            softly.assertAll();

            // the upgraded schema is the one a new installation gets
            try (var empty = fresh.open()) {
                fresh.flyway(null).migrate();
                var installed = Snapshot.of(empty, dialect);
                var same = new SoftAssertions();
                same.assertThat(after.columns()).as("columns").isEqualTo(installed.columns());
                same.assertThat(after.constraints()).as("constraints").isEqualTo(installed.constraints());
                same.assertThat(after.checks()).as("check conditions").isEqualTo(installed.checks());
                same.assertThat(after.indexes()).as("indexes").isEqualTo(installed.indexes());
                same.assertAll();
            }

            // and the application's account writes on: new ids past the old ones
            long id = dialect.nextValue(db, "audit_event_seq");
            assertThat(id).isGreaterThan(Snapshot.number(db, "SELECT MAX(id) FROM audit_event"));
            try (var insert = db.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action) "
                    + "VALUES (?, CURRENT_TIMESTAMP, 'upgrade-test', 'UPGRADED')")) {
                insert.setLong(1, id);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        }
    }

    /** The rows as the snapshot before the upgrade saw them ({@code SELECT *}), cut to the columns compared now. */
    private static List<String> linesOf(List<String> rows, List<String> kept, List<String> all) {
        if (kept.size() == all.size()) {
            return rows;
        }
        var positions = kept.stream().map(all::indexOf).toList();
        return rows.stream().map(line -> line.split("\\|", -1))
                .map(values -> positions.stream().map(p -> values[p]).collect(Collectors.joining("|")))
                .sorted().toList();
    }

    private static String select(List<String> columns, String table) {
        return "SELECT " + columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                + " FROM \"" + table + "\"";
    }

    /** A table's name and its columns in order, as the database spells them (H2: upper case). */
    private record Columns(String table, List<String> names) {
    }

    /** Every table's columns, keyed by the table's name in lower case (as {@link Snapshot} keys rows). */
    private static Map<String, Columns> columns(Connection db) throws SQLException {
        Map<String, Columns> columns = new LinkedHashMap<>();
        for (var line : Snapshot.lines(db, "SELECT table_name, LPAD(CAST(ordinal_position AS VARCHAR(10)), 4, '0'), "
                + "column_name FROM information_schema.columns WHERE LOWER(table_schema) = 'public'")) {
            var parts = line.split("\\|");
            columns.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), t -> new Columns(parts[0], new ArrayList<>()))
                    .names().add(parts[2]);
        }
        return columns;
    }

    private static void load(Connection db, String resource) throws SQLException, IOException {
        String fixture;
        try (InputStream in = SchemaUpgradeIT.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var statement = db.createStatement()) {
            for (var sql : fixture.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
