package org.safecase.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;

import java.util.Optional;

/**
 * The home page's prompt (R-X-6): shown to a member of staff until they acknowledge their
 * school's version in force, with a link to the acknowledgement page. Read once per request.
 */
@Named
@RequestScoped
public class PolicyPromptView {
    @Inject
    Policies policies;
    @Inject
    Caller caller;

    private Optional<PolicyPrompt> prompt;

    /** The prompt, or null when there is nothing to acknowledge. */
    public PolicyPrompt getPrompt() {
        if (prompt == null) {
            prompt = policies.prompt(caller);
        }
        return prompt.orElse(null);
    }
}
