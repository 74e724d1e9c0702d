package com.renewalpost.fulfilment.it;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Cuts the application off its database, as a database server that goes away would, and lets it
 * back in on {@link #close()}. One connection stays open to do so (the operator's):
 * <ul>
 * <li>H2: {@code SET EXCLUSIVE 2} closes every other session and refuses new ones, until
 *     {@code SET EXCLUSIVE 0};</li>
 * <li>PostgreSQL: the database stops accepting connections ({@code ALLOW_CONNECTIONS false}, which
 *     its owner, the application's role, may set) and every other session of it is terminated.</li>
 * </ul>
 */
public final class DatabaseCut implements AutoCloseable {

    private final Connection operator;
    private final boolean postgres;
    private final String database;

    private DatabaseCut(Connection operator, boolean postgres, String database) {
        this.operator = operator;
        this.postgres = postgres;
        this.database = database;
    }

    public static DatabaseCut begin(DataSource dataSource) throws SQLException {
        var operator = dataSource.getConnection();
        try (var statement = operator.createStatement()) {
            if ("PostgreSQL".equals(operator.getMetaData().getDatabaseProductName())) {
                String database;
                try (var rows = statement.executeQuery("SELECT current_database()")) {
                    rows.next();
                    database = rows.getString(1);
                }
                statement.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
                return new DatabaseCut(operator, true, database);
            }
            statement.execute("SET EXCLUSIVE 2");
            return new DatabaseCut(operator, false, null);
        } catch (SQLException | RuntimeException e) {
            operator.close();
            throw e;
        }
    }

    /** Lets the application back in. */
    @Override
    public void close() throws SQLException {
        try (operator; var statement = operator.createStatement()) {
            statement.execute(postgres ? "ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true"
                    : "SET EXCLUSIVE 0");
        }
    }
}
