package com.renewalpost.fulfilment.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The one datasource of the application, configured from MicroProfile Config so that one WAR
 * runs on H2 or PostgreSQL, and the start-up sequence that must finish before the first request:
 * migrate the schema (Flyway owns it), then tell the business components ({@link DatabaseReady}),
 * which open the code keys, create the first admin on the first start, load demo data when asked.
 * A startup singleton because EE guarantees it runs during deployment.
 */
@DataSourceDefinition(
        name = FulfilmentDatabase.JNDI_NAME,
        className = "${MPCONFIG=fulfilment.datasource.class}",
        url = "${MPCONFIG=fulfilment.datasource.url}",
        user = "${MPCONFIG=fulfilment.datasource.user}",
        password = "${MPCONFIG=fulfilment.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // Each connection is checked (Connection.isValid) before the pool hands it out, and one found
        // dead empties the pool: after a database restart or failover the pool would otherwise keep
        // handing out connections the server has closed, and the application stays broken.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // Each connection keeps its prepared statements (the least recently used go first): without this
                // H2 parsed every query again each time, a third to a half of a query's CPU in the intake's
                // profile. The type must be blank for the LRU cache: left out, Payara asks for a class
                // named "null" (payara/Payara#6647).
                "fish.payara.statement-cache-size=" + FulfilmentDatabase.STATEMENTS_KEPT,
                "fish.payara.statement-cache-type= "})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FulfilmentDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/fulfilment";
    /** Prepared statements kept per connection: more than the distinct queries a busy request path makes. */
    static final int STATEMENTS_KEPT = 100;
    private static final Logger LOG = Logger.getLogger(FulfilmentDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;
    @Inject
    Event<DatabaseReady> ready;

    @PostConstruct
    void start() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        writeCommitsAtOnce();
        ready.fire(new DatabaseReady());
    }

    /**
     * H2 keeps committed transactions in memory for up to its write delay (500 ms unless set)
     * before writing them to the database file: a process killed in that time loses orders whose
     * requests were already answered with success (IntakeCrashReliabilityIT lost 17 of 240 that
     * way). With no delay every commit reaches the file (the operating system's cache) before the
     * answer leaves. H2 takes the delay from the URL (500 ms without it) each time it opens the file:
     * the default URL says {@code WRITE_DELAY=0}, which also keeps H2's background writer from
     * rewriting the file's chunks during start-up; this covers a URL without it, once migrated.
     * PostgreSQL needs nothing: its commits are durable unless the server is told otherwise.
     */
    private void writeCommitsAtOnce() {
        try (var connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (var statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            // e.g. an account without admin rights on the H2 database: run, but say what is at stake
            LOG.severe("Could not set the H2 write delay to 0 (" + e.getMessage() + "): orders answered in the last "
                    + "half second before a crash may be lost");
        }
    }
}
