package org.safecase.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.safecase.platform.ConflictException;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Two people saving the same school number or e-mail address at the same moment both pass the
 * boundary's check; the database's unique key stops the second. Flushing here turns that into the
 * same conflict, in words, as the check gives, instead of a 500.
 */
final class UniqueKeys {
    private UniqueKeys() {
    }

    static void flushOrConflict(EntityManager em, String conflictKey, Object... arguments) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLIntegrityConstraintViolationException) {
                    throw new ConflictException(conflictKey, arguments);
                }
            }
            throw e;
        }
    }
}
