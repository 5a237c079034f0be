package org.safecase.oversight.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One link of an authority's hash chain: {@code hash = SHA-256(prevHash + row)}, the first link's
 * previous hash {@link #GENESIS}. Changing, deleting or reordering a sealed row (or a link) breaks
 * the chain from there on, which {@link ChainWalk} finds.
 */
record ChainLink(long eventId, long chainId, long seq, String prevHash, String hash) {
    static final String GENESIS = "0".repeat(64);

    static ChainLink after(String prevHash, long seq, SealedEvent event) {
        return new ChainLink(event.id(), event.chainId(), seq, prevHash, hash(prevHash, event));
    }

    static String hash(String prevHash, SealedEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(event.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
