package org.safecase.notification;

import org.safecase.platform.Messages;

import java.util.Locale;

/**
 * The notification e-mail, in the recipient's language ({@code mail.task.*}). It carries a link
 * and nothing about the case: e-mail travels and is stored beyond the school's control, and
 * these cases concern named staff and children.
 */
final class TaskMail {
    private TaskMail() {
    }

    static String subject(Locale locale) {
        return Messages.text(locale, "mail.task.subject");
    }

    static String body(Locale locale, String publicUrl, String taskId) {
        return Messages.text(locale, "mail.task.body",
                publicUrl.replaceAll("/+$", "") + "/inbox/task.xhtml?id=" + taskId);
    }
}
