package org.safecase.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The real SMTP server the application mails to in tests (GreenMail, on the port the server is
 * told in pom.xml), started once per test class: register it with
 * {@code @RegisterExtension static GreenMailExtension smtp = Smtp.server();}. Mail stays between
 * a class's tests, so each test looks for its own recipients.
 */
public final class Smtp {
    private Smtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("safecase.test.smtp.port", 3025), "127.0.0.1", "smtp"))
                .withPerMethodLifecycle(false);
    }
}
