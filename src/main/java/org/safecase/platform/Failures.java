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
}
