package org.safecase.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Where mail goes; with no {@code SAFECASE_MAIL_HOST} nothing is sent and notifications wait. */
@ApplicationScoped
public class MailSettings {
    @Inject
    @ConfigProperty(name = "safecase.mail.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "safecase.mail.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "safecase.mail.from", defaultValue = "safecase@localhost")
    String from;
    @Inject
    @ConfigProperty(name = "safecase.mail.poll-seconds", defaultValue = "30")
    int pollSeconds;
    @Inject
    @ConfigProperty(name = "safecase.public-url", defaultValue = "http://127.0.0.1:8080/safecase")
    String publicUrl;

    // Read through methods: on the CDI proxy of this bean, fields are never populated.
    boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    String host() {
        return host.orElseThrow();
    }

    int port() {
        return port;
    }

    String from() {
        return from;
    }

    int pollSeconds() {
        return Math.max(1, pollSeconds);
    }

    String publicUrl() {
        return publicUrl;
    }
}
