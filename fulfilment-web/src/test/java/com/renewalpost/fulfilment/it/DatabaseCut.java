package com.renewalpost.fulfilment.it;

import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Cuts the application off its database, as a database server that goes away would, and lets it
 * back in on {@link #close()}. One connection stays open to do so (the operator's), opened directly
 * and not taken from the application's pool: the pool closes all its connections when it finds one
 * dead, which would end the cut at once.
 * <ul>
 * <li>H2: {@code SET EXCLUSIVE 2} closes every other session and refuses new ones, until
 *     {@code SET EXCLUSIVE 0};</li>
 * <li>PostgreSQL: from the server's {@code postgres} database, the application's database stops
 *     accepting connections ({@code ALLOW_CONNECTIONS false}, which its owner, the application's
 *     role, may set) and every session on it is terminated.</li>
 * </ul>
 * Runs in the server: it reads the deployment's {@code fulfilment.datasource.*} settings.
 */
public final class DatabaseCut implements AutoCloseable {

    private final Connection operator;
    private final String postgresDatabase;

    private DatabaseCut(Connection operator, String postgresDatabase) {
        this.operator = operator;
        this.postgresDatabase = postgresDatabase;
    }

    public static DatabaseCut begin(DataSource dataSource) throws SQLException {
        String product;
        String database;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            database = connection.getCatalog();
        }
        if ("PostgreSQL".equals(product)) {
            var config = ConfigProvider.getConfig();
            var url = config.getValue("fulfilment.datasource.url", String.class);
            var server = new PGSimpleDataSource();
            // a database cannot refuse connections while one is connected to it: the operator works from another
            server.setURL(url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1postgres"));
            var operator = server.getConnection(config.getValue("fulfilment.datasource.user", String.class),
                    config.getValue("fulfilment.datasource.password", String.class));
            try (var statement = operator.createStatement()) {
                statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database.replace("'", "''") + "'");
                return new DatabaseCut(operator, database);
            } catch (SQLException | RuntimeException e) {
                operator.close();
                throw e;
            }
        }
        var config = ConfigProvider.getConfig();
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(config.getValue("fulfilment.datasource.url", String.class));
        var operator = h2.getConnection(config.getValue("fulfilment.datasource.user", String.class),
                config.getValue("fulfilment.datasource.password", String.class));
        try (var statement = operator.createStatement()) {
            statement.execute("SET EXCLUSIVE 2");
            return new DatabaseCut(operator, null);
        } catch (SQLException | RuntimeException e) {
            operator.close();
            throw e;
        }
    }

    /** Lets the application back in. */
    @Override
    public void close() throws SQLException {
        try (operator; var statement = operator.createStatement()) {
            statement.execute(postgresDatabase != null
                    ? "ALTER DATABASE \"" + postgresDatabase + "\" ALLOW_CONNECTIONS true" : "SET EXCLUSIVE 0");
        }
    }
}
