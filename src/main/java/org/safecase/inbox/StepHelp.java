package org.safecase.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safecase.casefile.IncidentDetails;
import org.safecase.takedown.ProviderDirectory;
import org.safecase.takedown.ProviderKind;
import org.safecase.takedown.ProviderView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The help a step needs from the provider directory and the report, so that the lead does not
 * look up or type again what is known: the reporting route of the platform the report names on
 * the takedown and impersonation steps (R-ST-6, R-ST-7), the networks' nuisance-call lines on the
 * phone-abuse step (R-ST-8), and answers the report already gives (its web address, its platform).
 */
@ApplicationScoped
public class StepHelp {
    static final Set<String> PLATFORM_STEPS = Set.of("recordMaterialLocation", "reportToProvider", "impersonationComplaint");
    static final String PHONE_STEP = "reportToPhoneNetwork";
    private static final int MOST_SHOWN = 20;

    @Inject
    ProviderDirectory directory;

    /** The help for one step of a case whose report is {@code report}; {@code fields} are the step's questions. */
    public StepHelpView forStep(String taskKey, java.util.Collection<String> fields, IncidentDetails report) {
        Map<String, String> suggested = new HashMap<>(suggestedAnswers(report));
        suggested.keySet().retainAll(fields);
        return new StepHelpView(suggested, entriesFor(taskKey, report),
                fields.contains("provider") ? providerNames() : List.of());
    }

    /** Directory entries to show with the step; none for steps that need none. */
    List<ProviderView> entriesFor(String taskKey, IncidentDetails report) {
        if (PHONE_STEP.equals(taskKey)) {
            return directory.find(ProviderKind.MOBILE_NETWORK, null, 0, MOST_SHOWN);
        }
        if (PLATFORM_STEPS.contains(taskKey) && report != null && report.platform() != null && !report.platform().isBlank()) {
            return directory.find(null, report.platform(), 0, MOST_SHOWN);
        }
        return List.of();
    }

    /** Every directory name, for choosing the provider on the takedown step. */
    List<String> providerNames() {
        return directory.find(null, null, 0, ProviderDirectory.MAX_PAGE).stream().map(ProviderView::name).toList();
    }

    /** Answers the report already gives, to start the step's form with. */
    Map<String, String> suggestedAnswers(IncidentDetails report) {
        Map<String, String> suggested = new HashMap<>();
        if (report == null) {
            return suggested;
        }
        if (report.locationUrl() != null && !report.locationUrl().isBlank()) {
            suggested.put("materialUrl", report.locationUrl());
        }
        if (report.platform() != null && !report.platform().isBlank()) {
            suggested.put("provider", report.platform());
        }
        return suggested;
    }
}
