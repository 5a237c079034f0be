package org.safecase.oversight.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;

/**
 * Whether the navigation and the home page offer the governors' report and the LA dashboard
 * (issue #15 items 3 and 4), as {@link Authorisation} decides it; each page still asks again.
 */
@Named
@RequestScoped
public class OversightLinks {
    @Inject
    Authorisation authorisation;
    @Inject
    Caller caller;

    public boolean isReport() {
        return authorisation.offersGovernorsReport(caller);
    }

    public boolean isDashboard() {
        return authorisation.mayReadLaDashboard(caller);
    }
}
