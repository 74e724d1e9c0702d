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
 * asks often: a database that hangs must make the answer "down", not a hanging probe.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int ANSWER_WITHIN_SECONDS = 5;

    @Resource(lookup = FulfilmentDatabase.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.setQueryTimeout(ANSWER_WITHIN_SECONDS);
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM product")) {
                rows.next();
                return response.up()
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .withData("products", rows.getLong(1))
                        .build();
            } finally {
                // H2 keeps a query timeout for the whole session: the pooled connection would go on
                // cancelling any query of the application that runs longer
                statement.setQueryTimeout(0);
            }
        } catch (SQLException | RuntimeException e) {
            // the type only: a driver's message may name hosts and accounts
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
