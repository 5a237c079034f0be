package org.safecase.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.workflow.InboxCounts;
import org.safecase.workflow.InboxSql;

/** The navigation's counts of waiting, urgent and overdue tasks, read once per request. */
@Named
@RequestScoped
public class InboxCountsView {
    @Inject
    InboxWork inbox;
    @Inject
    Caller caller;
    @Inject
    org.safecase.platform.Messages messages;

    private InboxCounts counts;

    public InboxCounts getCounts() {
        if (counts == null) {
            counts = inbox.counts(caller);
        }
        return counts;
    }

    /** "3 waiting, 1 urgent, 0 overdue", beside the inbox link. */
    public String getSummary() {
        InboxCounts shown = getCounts();
        return messages.get("nav.inbox.counts", shown(shown.waiting()), shown(shown.urgent()), shown(shown.overdue()));
    }

    /** A count as the inbox gives it: above {@link InboxSql#COUNT_CAP} it says "more than" that. */
    private Object shown(long count) {
        return count > InboxSql.COUNT_CAP ? messages.get("inbox.moreThan", InboxSql.COUNT_CAP) : count;
    }
}
