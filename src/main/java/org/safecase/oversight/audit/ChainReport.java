package org.safecase.oversight.audit;

/**
 * The result of checking one authority's chain: whether it holds, how many links held, the first
 * broken link (if any), the chain's head hash while it holds (worth writing down elsewhere: a chain
 * rebuilt from scratch by someone with the database's keys would have another head), and how
 * many old rows were never sealed.
 */
public record ChainReport(long chainId, boolean intact, long linksChecked, ChainBreak firstBroken, String head,
                         long unsealedRows, long millis) {
}
