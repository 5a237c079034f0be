package org.safecase.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.safecase.identity.Caller;
import org.safecase.intake.IncidentReport;
import org.safecase.intake.IncidentReporting;

import java.util.function.Consumer;

/** Test-only boundary: reports an incident, then fails, inside one transaction. */
@ApplicationScoped
public class ReportThenFail {
    @Inject
    IncidentReporting reporting;

    @Transactional
    public void reportThenFail(Caller caller, IncidentReport report, Consumer<String> reference) {
        reference.accept(reporting.report(caller, report).reference());
        throw new IllegalStateException("failure after the report was recorded");
    }
}
