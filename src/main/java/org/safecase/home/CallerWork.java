package org.safecase.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.Navigation;
import org.safecase.inbox.InboxWork;
import org.safecase.platform.Messages;
import org.safecase.workflow.InboxCounts;
import org.safecase.workflow.InboxSql;

/**
 * The signed-in caller's task counts and usable pages, worked out once per request: the
 * navigation on every page and the home page both need them.
 */
@RequestScoped
public class CallerWork {
    @Inject
    InboxWork inbox;
    @Inject
    Authorisation authorisation;
    @Inject
    Caller caller;
    @Inject
    Messages messages;

    private InboxCounts counts;
    private Navigation navigation;

    public InboxCounts counts() {
        if (counts == null) {
            counts = inbox.counts(caller);
        }
        return counts;
    }

    public Navigation navigation() {
        if (navigation == null) {
            navigation = authorisation.navigation(caller, counts().waiting());
        }
        return navigation;
    }

    /** A count as the inbox gives it: above {@link InboxSql#COUNT_CAP} it says "more than" that. */
    public Object shown(long count) {
        return count > InboxSql.COUNT_CAP ? messages.get("inbox.moreThan", InboxSql.COUNT_CAP) : count;
    }
}
