package org.safecase.oversight.retention;

/**
 * How far a destruction run has got.
 *
 * @param id        the run
 * @param total     records it was asked to destroy
 * @param destroyed records destroyed so far
 * @param skipped   records left alone because a legal hold was set after it was asked
 * @param failed    records that could not be destroyed (kept, still due; the server log says why by id)
 * @param finished  whether it has ended
 */
public record DestructionProgress(long id, int total, int destroyed, int skipped, int failed, boolean finished) {
    public int done() {
        return destroyed + skipped + failed;
    }
}
