package com.renewalpost.fulfilment.backup;

import org.assertj.core.api.SoftAssertions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a restore must bring back, read through JDBC: the rows of every table (as text, in a
 * fixed order), the columns with their types, the constraints with their conditions, the indexes
 * and where each sequence stands.
 */
record Snapshot(Map<String, List<String>> rows, List<String> columns, List<String> constraints,
                List<String> checks, List<String> indexes, List<String> sequences) {

    // PostgreSQL lists NOT NULL columns as CHECK constraints named after object ids, which differ
    // from one database to the next; the columns' nullability covers them.
    private static final Pattern OID_NAMED = Pattern.compile("\\d+_\\d+_\\d+_not_null");
    private static final String PUBLIC = "LOWER(%s) = 'public'";

    // PostgreSQL prints a condition as parsed, and parsing its own printout casts differently:
    // IN ('A', 'B') on a VARCHAR is ANY ((ARRAY['A'::character varying, ...])::text[]) when the
    // migration made it and ANY (ARRAY[('A'::character varying)::text, ...]) after a restore.
    // Casts and parentheses set aside, the same condition reads the same.
    private static final Pattern CAST = Pattern.compile("::[a-z_]+( [a-z_]+)*(\\[])?");

    static String withoutCastsAndParentheses(String condition) {
        return CAST.matcher(condition).replaceAll("").replaceAll("[()\\s]", "");
    }

    static Snapshot of(Connection db, BackupRestoreIT.Dialect dialect) throws SQLException {
        var rows = new TreeMap<String, List<String>>();
        for (var table : strings(db, "SELECT table_name FROM information_schema.tables WHERE "
                + PUBLIC.formatted("table_schema") + " AND table_type = 'BASE TABLE'")) {
            // quoted as named: Flyway's table is lower case on H2, where the others are upper case
            rows.put(table.toLowerCase(Locale.ROOT), lines(db, "SELECT * FROM \"" + table + "\""));
        }
        var columns = lines(db, "SELECT LOWER(table_name), LOWER(column_name), ordinal_position, data_type, "
                + "character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default "
                + "FROM information_schema.columns WHERE " + PUBLIC.formatted("table_schema"));
        var constraints = lines(db, "SELECT LOWER(table_name), LOWER(constraint_name), constraint_type "
                + "FROM information_schema.table_constraints WHERE " + PUBLIC.formatted("constraint_schema"));
        var checks = lines(db, "SELECT LOWER(constraint_name), check_clause FROM information_schema.check_constraints "
                + "WHERE " + PUBLIC.formatted("constraint_schema"));
        constraints.removeIf(c -> OID_NAMED.matcher(c.split("\\|")[1]).matches());
        checks.removeIf(c -> OID_NAMED.matcher(c.split("\\|")[0]).matches());
        checks.replaceAll(Snapshot::withoutCastsAndParentheses);
        checks.sort(null);
        return new Snapshot(rows, columns, constraints, checks, dialect.indexes(db),
                lines(db, dialect.sequencePositions()));
    }

    /** Every difference at once, table by table, so that a failed restore says what it lost. */
    void assertSameAs(Snapshot expected) {
        assertThat(expected.rows()).as("the tables the fixture fills")
                .containsKeys(BackupRestoreIT.FILLED.toArray(String[]::new));
        BackupRestoreIT.FILLED.forEach(table ->
                assertThat(expected.rows().get(table)).as("rows of " + table + " at backup time").isNotEmpty());
        var softly = new SoftAssertions();
        softly.assertThat(rows.keySet()).as("tables").containsExactlyElementsOf(expected.rows().keySet());
        expected.rows().forEach((table, lines) ->
                softly.assertThat(rows.get(table)).as("rows of " + table).isEqualTo(lines));
        softly.assertThat(columns).as("columns").isEqualTo(expected.columns());
        softly.assertThat(constraints).as("constraints").isEqualTo(expected.constraints());
        softly.assertThat(checks).as("check conditions").isEqualTo(expected.checks());
        softly.assertThat(indexes).as("indexes").isEqualTo(expected.indexes());
        softly.assertThat(sequences).as("sequence positions").isEqualTo(expected.sequences());
        softly.assertAll();
    }

    /** The rows of a query, each as its columns' text joined with '|', sorted. */
    static List<String> lines(Connection db, String sql) throws SQLException {
        var lines = new ArrayList<String>();
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            int count = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                var line = new StringBuilder();
                for (int i = 1; i <= count; i++) {
                    var value = rows.getString(i);
                    line.append(i > 1 ? "|" : "").append(value == null ? "<null>" : value);
                }
                lines.add(line.toString());
            }
        }
        lines.sort(null);
        return lines;
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static long number(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getLong(1);
        }
    }
}
