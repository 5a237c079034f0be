package org.safecase.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Readiness (issue #12 item 3): our own schema answers a real query, the count of applied
 * migrations, within two seconds. A database that is gone, unreachable or without our tables
 * takes the instance out of the load balancer ({@code /health/ready} answers 503).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {
    static final String NAME = "database";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM safecase_schema_history WHERE success = 1")) {
            query.setQueryTimeout(2);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return HealthCheckResponse.named(NAME).up().withData("migrations", rows.getLong(1)).build();
            }
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
