package org.safecase.inbox;

import org.safecase.takedown.ProviderView;

import java.util.List;
import java.util.Map;

/**
 * What a step's form starts with and shows beside it: answers the report already gives
 * ({@code suggested}, by field), the directory entries the step needs, and the directory's names
 * when the step asks for the provider (R-ST-6, R-ST-7, R-ST-8).
 */
public record StepHelpView(Map<String, String> suggested, List<ProviderView> directory, List<String> providerNames) {
    public StepHelpView {
        suggested = Map.copyOf(suggested);
        directory = List.copyOf(directory);
        providerNames = List.copyOf(providerNames);
    }
}
