package org.safecase.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one JTA data source of the application. Connection settings are resolved by Payara from
 * the environment at deployment, so no credentials are built into the WAR or kept in git.
 * READ COMMITTED is what Flowable advises on MySQL-family databases (fewer gap-lock deadlocks).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${ENV=SAFECASE_DB_URL}",
        user = "${ENV=SAFECASE_DB_USER}",
        password = "${ENV=SAFECASE_DB_PASSWORD}",
        transactional = true,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/safecase";
}
