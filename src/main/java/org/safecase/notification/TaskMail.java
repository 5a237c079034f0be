package org.safecase.notification;

/**
 * The notification e-mail. It carries a link and nothing about the case: e-mail travels and is
 * stored beyond the school's control, and these cases concern named staff and children.
 */
final class TaskMail {
    static final String SUBJECT = "SafeCase: a task is waiting for you";

    private TaskMail() {
    }

    static String body(String publicUrl, String taskId) {
        return "Hello,\n\n"
                + "A task is waiting for you in SafeCase. Open it here (you will be asked to sign in):\n"
                + publicUrl.replaceAll("/+$", "") + "/inbox/task.xhtml?id=" + taskId + "\n\n"
                + "For the privacy of everyone involved, this e-mail contains no details of the case.\n";
    }
}
