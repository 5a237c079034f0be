package org.safecase.platform;

import jakarta.ejb.EJBException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;

/** Finds the exception that says what went wrong beneath the container's wrappers. */
public final class Failures {
    private Failures() {
    }

    public static Throwable rootOf(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException || current instanceof RollbackException
                || current instanceof TransactionalException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * Issue #15 item 1: the failure as the server log may show it: each exception's class and stack
     * frames, never its message, which may quote what a case says (a database error naming a
     * value, a form field echoed back). Log this instead of the failure itself.
     */
    public static Throwable forLog(Throwable failure) {
        return forLog(failure, 0);
    }

    private static Throwable forLog(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        Throwable shown = new Throwable(failure.getClass().getName() + " (message withheld from the log)",
                forLog(failure.getCause() == failure ? null : failure.getCause(), depth + 1));
        shown.setStackTrace(failure.getStackTrace());
        return shown;
    }
}
