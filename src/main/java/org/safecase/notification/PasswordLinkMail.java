package org.safecase.notification;

import org.safecase.identity.PasswordLink;
import org.safecase.platform.Messages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mail with a link to set a password (issue #13 item 3), in the recipient's language
 * ({@code mail.password.*}): a welcome for a new user, or a reset an LA admin asked for.
 */
final class PasswordLinkMail {
    static final String PAGE = "/reset-password.xhtml?key=";

    private PasswordLinkMail() {
    }

    static String subject(PasswordLink link) {
        return Messages.text(link.language(), link.welcome() ? "mail.password.welcome.subject" : "mail.password.reset.subject");
    }

    static String body(PasswordLink link, String publicUrl) {
        Locale locale = link.language();
        return Messages.text(locale, link.welcome() ? "mail.password.welcome.body" : "mail.password.reset.body",
                publicUrl.replaceAll("/+$", "") + PAGE + link.secret(),
                link.expiresAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)));
    }
}
