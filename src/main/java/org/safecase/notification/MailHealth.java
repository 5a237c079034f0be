package org.safecase.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Readiness (issue #12 item 3): whether the SMTP server answers (a connection within one second).
 * A mail outage does not make the instance unready by default: notifications are queued in the
 * outbox and sent when mail is back, while taking every instance out of the load balancer would
 * stop all case work. The check then stays UP and says {@code smtp: DOWN}; set
 * {@code safecase.health.mail.required=true} to report it DOWN instead. With no mail host
 * configured it says {@code smtp: NOT_CONFIGURED}.
 */
@Readiness
@ApplicationScoped
public class MailHealth implements HealthCheck {
    private static final int TIMEOUT_MILLIS = 1000;

    @Inject
    MailSettings settings;
    @Inject
    @ConfigProperty(name = "safecase.health.mail.required", defaultValue = "false")
    boolean required;

    @Override
    public HealthCheckResponse call() {
        if (!settings.enabled()) {
            return HealthCheckResponse.named("mail").up().withData("smtp", "NOT_CONFIGURED").build();
        }
        boolean reachable = reachable(settings.host(), settings.port());
        return HealthCheckResponse.named("mail").status(reachable || !required)
                .withData("smtp", reachable ? "UP" : "DOWN").withData("required", required).build();
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
