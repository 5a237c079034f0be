package org.safecase.oversight.audit;

import java.util.Optional;

/**
 * Walks one chain from its first link, in sequence order, and stops at the first broken one:
 * links are fed one at a time (the caller pages them from the database), each with the audit row
 * it seals as the row is now ({@code null} if it is gone).
 */
final class ChainWalk {
    private long expectedSeq = 1;
    private String previousHash = ChainLink.GENESIS;
    private long checked;
    private ChainBreak broken;

    /** Checks the next link; empty while the chain holds, else its first break (and nothing more is checked). */
    Optional<ChainBreak> next(ChainLink link, SealedEvent now) {
        if (broken != null) {
            return Optional.of(broken);
        }
        if (link.seq() != expectedSeq) {
            broken = new ChainBreak(expectedSeq, link.eventId(), ChainBreak.Reason.LINK_MISSING);
        } else if (!link.prevHash().equals(previousHash)) {
            broken = new ChainBreak(link.seq(), link.eventId(), ChainBreak.Reason.LINK_OUT_OF_ORDER);
        } else if (now == null) {
            broken = new ChainBreak(link.seq(), link.eventId(), ChainBreak.Reason.ROW_DELETED);
        } else if (now.id() != link.eventId() || now.chainId() != link.chainId()
                || !ChainLink.hash(link.prevHash(), now).equals(link.hash())) {
            broken = new ChainBreak(link.seq(), link.eventId(), ChainBreak.Reason.ROW_CHANGED);
        }
        if (broken != null) {
            return Optional.of(broken);
        }
        checked++;
        expectedSeq++;
        previousHash = link.hash();
        return Optional.empty();
    }

    /** How many links held. */
    long checked() {
        return checked;
    }

    /** The last good link's hash (the chain's head while it holds), to be written down elsewhere. */
    String head() {
        return previousHash;
    }

    Optional<ChainBreak> broken() {
        return Optional.ofNullable(broken);
    }
}
