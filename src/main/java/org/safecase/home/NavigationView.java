package org.safecase.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Navigation;
import org.safecase.platform.Messages;
import org.safecase.workflow.InboxCounts;

/**
 * Backs the navigation of the page template: the pages this caller can use, and beside the inbox
 * its counts of waiting, urgent and overdue tasks.
 */
@Named
@RequestScoped
public class NavigationView {
    @Inject
    CallerWork work;
    @Inject
    Messages messages;
    @Inject
    org.safecase.identity.Caller caller;
    @Inject
    org.safecase.identity.Authorisation authorisation;

    public Navigation getOffered() {
        return work.navigation();
    }

    /** "3 waiting, 1 urgent, 0 overdue", beside the inbox link. */
    public String getSummary() {
        InboxCounts shown = work.counts();
        return messages.get("nav.inbox.counts", work.shown(shown.waiting()), work.shown(shown.urgent()), work.shown(shown.overdue()));
    }

    /** Issue #15 item 5: the retention page, for a school's DSL and deputy DSL and for LA admins. */
    public boolean isRetention() {
        return authorisation.mayReviewRetention(caller);
    }
}
