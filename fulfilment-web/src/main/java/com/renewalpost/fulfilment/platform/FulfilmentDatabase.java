package com.renewalpost.fulfilment.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.annotation.PostConstruct;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The one datasource of the application, configured from MicroProfile Config so that one WAR
 * runs on H2 or PostgreSQL, and the Flyway migration that owns its schema. A startup singleton
 * because the schema must be current before the first request is served.
 */
@DataSourceDefinition(
        name = FulfilmentDatabase.JNDI_NAME,
        className = "${MPCONFIG=fulfilment.datasource.class}",
        url = "${MPCONFIG=fulfilment.datasource.url}",
        user = "${MPCONFIG=fulfilment.datasource.user}",
        password = "${MPCONFIG=fulfilment.datasource.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FulfilmentDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/fulfilment";
    private static final Logger LOG = Logger.getLogger(FulfilmentDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
