package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness (issue #12 item 3): the application is deployed and answers. It checks nothing outside
 * the process on purpose: a database or mail outage is a readiness matter, and a failing liveness
 * check gets the instance restarted, which would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        return HealthCheckResponse.named("application").up()
                .withData("heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))
                .withData("heapMaxMb", runtime.maxMemory() / (1024 * 1024)).build();
    }
}
