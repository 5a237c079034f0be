package org.safecase.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.CaseSummary;
import org.safecase.identity.Caller;
import org.safecase.identity.Navigation;
import org.safecase.inbox.InboxWork;
import org.safecase.workflow.InboxCounts;
import org.safecase.workflow.InboxFilter;
import org.safecase.workflow.TaskSummary;

import java.util.List;

/**
 * Backs {@code index.xhtml}, where each person lands (issue #11 item 5): the work waiting for
 * them, their own latest reports, and for governors and LA admins what they can do today. Each
 * part is shown only when {@link Navigation} offers its page, and comes from that page's own
 * boundary, scoped to the caller.
 */
@Named
@RequestScoped
public class HomeView {
    /** How many tasks and reports the home page lists; the inbox and "My reports" have the rest. */
    static final int SHOWN = 5;

    @Inject
    CallerWork work;
    @Inject
    InboxWork inbox;
    @Inject
    CaseFiles caseFiles;
    @Inject
    Caller caller;

    private List<TaskSummary> nextTasks;
    private List<CaseSummary> latestReports;

    public Navigation getOffered() {
        return work.navigation();
    }

    public InboxCounts getCounts() {
        return work.counts();
    }

    public Object shown(long count) {
        return work.shown(count);
    }

    /** The first tasks in inbox order (urgent first, then by deadline), whatever the inbox's last filter. */
    public List<TaskSummary> getNextTasks() {
        if (nextTasks == null) {
            nextTasks = getOffered().inbox() ? inbox.list(caller, InboxFilter.NONE, 0, SHOWN) : List.of();
        }
        return nextTasks;
    }

    public List<CaseSummary> getLatestReports() {
        if (latestReports == null) {
            latestReports = getOffered().myReports() ? caseFiles.myReports(caller, 0, SHOWN) : List.of();
        }
        return latestReports;
    }

    public String getName() {
        return caller.displayName();
    }
}
