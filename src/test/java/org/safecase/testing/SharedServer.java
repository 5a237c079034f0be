package org.safecase.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

/**
 * The application as built (target/safecase.war) on one Payara Micro, started by the first test
 * class that asks and kept for every such class of the run: a class costs its tests, not a server
 * start of about 19 s (measured: an Arquillian class's Payara took 19 s from command to ready, and
 * with 40 classes that was most of CI's half hour). It runs with failsafe's environment, as the
 * Arquillian servers do: the test database, GreenMail, Keycloak, demo data, public endpoints.
 * Classes that need their own server (in-container tests, a moved clock, another database, a
 * restart) keep Arquillian or {@link OwnServer}.
 * <p>
 * Fills each {@link ServerAddress} field of the test instance. The server's output goes to
 * {@link #LOG}; it stops when the test JVM exits.
 */
public final class SharedServer implements TestInstancePostProcessor {
    /** The shared server's log, every line from its start. */
    public static final Path LOG = Path.of("target/shared-payara.log");

    private static OwnServer server;

    /** The shared server's address, starting it if no class has yet. */
    public static synchronized URL base() {
        if (server == null) {
            try {
                // It lives for the whole run: the full JIT pays off here, unlike a class's short-lived server.
                server = OwnServer.startLikeArquillian("shared", LOG.toFile(),
                        Map.of("SAFECASE_JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC"));
            } catch (Exception e) {
                throw new IllegalStateException("The shared Payara Micro did not start, see " + LOG, e);
            }
            OwnServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return server.base();
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(ServerAddress.class)) {
                    if (field.getType() != URL.class) {
                        throw new IllegalStateException(field + " is marked @ServerAddress but is not a URL");
                    }
                    field.setAccessible(true);
                    field.set(instance, base());
                }
            }
        }
    }
}
