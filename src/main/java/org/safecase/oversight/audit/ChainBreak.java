package org.safecase.oversight.audit;

/**
 * The first broken link of a chain: its place ({@code seq}), the audit row it seals, and why.
 * {@link Reason#ROW_CHANGED}: the row's columns no longer give the link's hash;
 * {@link Reason#ROW_DELETED}: the row is gone; {@link Reason#LINK_MISSING}: a link was deleted (the
 * sequence jumps); {@link Reason#LINK_OUT_OF_ORDER}: the link does not follow the one before
 * (reordered, or a link altered).
 */
public record ChainBreak(long seq, long eventId, Reason reason) {
    public enum Reason {
        ROW_CHANGED,
        ROW_DELETED,
        LINK_MISSING,
        LINK_OUT_OF_ORDER
    }
}
