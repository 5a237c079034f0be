package org.safecase.oversight.patterns;

import java.util.List;

/**
 * One page of an LA's cross-school patterns, most recently seen first, and how many there are; whether
 * a key is configured (without one nothing is keyed).
 */
public record PatternList(List<Pattern> patterns, long total, boolean keyConfigured) {
    public PatternList {
        patterns = List.copyOf(patterns);
    }
}
