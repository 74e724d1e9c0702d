package com.renewalpost.fulfilment.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Ready only when the database answers, soon, and carries the migrated schema. A load balancer
 * asks often: a database that hangs must make the answer "down", not a hanging probe. Anyone may
 * ask /health, so the answer is UP or DOWN and nothing else: which database product runs here,
 * and why it is down, are for admins and the monitoring system ({@link #probe()}, served by
 * operations).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int ANSWER_WITHIN_SECONDS = 5;

    /** What one probe of the database found; {@code error} is an exception type when it did not answer. */
    public record Probe(boolean up, String product, String version, Long products, String error) {
    }

    @Resource(lookup = FulfilmentDatabase.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(probe().up()).build();
    }

    /** Asks the database, within {@value #ANSWER_WITHIN_SECONDS} seconds, for the migrated schema's products. */
    public Probe probe() {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.setQueryTimeout(ANSWER_WITHIN_SECONDS);
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM product")) {
                rows.next();
                var meta = connection.getMetaData();
                return new Probe(true, meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                        rows.getLong(1), null);
            } finally {
                // H2 keeps a query timeout for the whole session: the pooled connection would go on
                // cancelling any query of the application that runs longer
                statement.setQueryTimeout(0);
            }
        } catch (SQLException | RuntimeException e) {
            // the type only: a driver's message may name hosts and accounts
            return new Probe(false, null, null, null, e.getClass().getSimpleName());
        }
    }
}
