package com.renewalpost.fulfilment.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The database of one test deployment. By default a fresh H2 file in the deployment's data
 * directory. When the system property {@value #URL} holds an admin JDBC URL of a PostgreSQL
 * server (the Maven profile {@code postgres} passes it), a fresh database on that server instead,
 * owned by a fresh login role, as the application would run in production: nothing is shared
 * between test classes. The databases are left behind for inspection; CI throws the whole cluster
 * away (.ci/with-postgres).
 */
public final class TestDatabase {

    /** Admin JDBC URL of the PostgreSQL server to test on; unset: H2. */
    public static final String URL = "it.datasource.url";
    public static final String USER = "it.datasource.user";
    public static final String PASSWORD = "it.datasource.password";
    /** "postgres" when the build asks for PostgreSQL (profile postgres), so that a missing URL is an error. */
    public static final String KIND = "it.database";

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)/?([^?]*)(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the application's {@code fulfilment.datasource.*} settings are set to. */
    public record Database(String dataSourceClass, String url, String user, String password) {

        Map<String, String> config() {
            var config = new LinkedHashMap<String, String>();
            config.put("fulfilment.datasource.class", dataSourceClass);
            config.put("fulfilment.datasource.url", url);
            config.put("fulfilment.datasource.user", user);
            config.put("fulfilment.datasource.password", password);
            return config;
        }

        public Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private TestDatabase() {
    }

    public static boolean postgres() {
        var url = System.getProperty(URL, "");
        // The profile asks for PostgreSQL: an unset variable (failsafe then passes no URL at all)
        // or a typo must not quietly fall back to H2.
        if (url.isBlank() && !"postgres".equals(System.getProperty(KIND))) {
            return false;
        }
        if (!POSTGRES_URL.matcher(url).matches()) {
            throw new IllegalStateException(URL + " must be an admin JDBC URL of a PostgreSQL server, "
                    + "like jdbc:postgresql://127.0.0.1:5432/postgres (.ci/with-postgres sets one up), not: " + url);
        }
        return true;
    }

    /** A new, empty database for the deployment called {@code name}. */
    static Database fresh(String name) {
        if (!postgres()) {
            // ${fulfilment.data.dir} is the deployment's own fresh directory.
            return new Database("org.h2.jdbcx.JdbcDataSource", "jdbc:h2:file:${fulfilment.data.dir}/fulfilment;WRITE_DELAY=0",
                    "fulfilment", "fulfilment");
        }
        return freshPostgres("it_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + HexFormat.of().formatHex(randomBytes(4)));
    }

    /** A new PostgreSQL database and login role, both called {@code name}, the role owning the database. */
    public static Database freshPostgres(String name) {
        postgres();
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain PostgreSQL name: " + name);
        }
        var password = HexFormat.of().formatHex(randomBytes(16));
        try (var admin = admin(); var statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
            // template0 with UTF8 whatever the server's default: customers' names come in any script.
            statement.execute("CREATE DATABASE " + name + " OWNER " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + System.getProperty(URL), e);
        }
        return new Database("org.postgresql.ds.PGSimpleDataSource", urlOf(name), name, password);
    }

    /** The admin connection given by the system properties. */
    public static Connection admin() throws SQLException {
        postgres();
        return DriverManager.getConnection(System.getProperty(URL), System.getProperty(USER, "postgres"),
                System.getProperty(PASSWORD, ""));
    }

    /** The admin URL with another database. */
    public static String urlOf(String database) {
        var matcher = POSTGRES_URL.matcher(System.getProperty(URL));
        if (!matcher.matches()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + System.getProperty(URL));
        }
        return matcher.group(1) + "/" + database + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
