package org.safecase.oversight.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code oversight/audit.xhtml} (issue #15 item 1, R-X-3): an LA admin searches their
 * authority's audit trail (user, school, case reference, action, dates), paged in the database,
 * and checks its hash chain. Anyone else is refused in words on the page (and the refusal is
 * audited by {@link AuditSearch}).
 */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;

    @Inject
    transient AuditSearch search;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private final FormProblems problems = new FormProblems();
    private String user;
    private String school;
    private String reference;
    private String action;
    private String from;
    private String to;
    private int first;
    private AuditPage page = new AuditPage(List.of(), 0);
    private ChainCheckResult chain;

    public void load() {
        try {
            read();
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    public void search() {
        first = 0;
        problems.clear();
        try {
            read();
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    public void next() {
        if (first + PAGE < page.total()) {
            first += PAGE;
        }
        search(first);
    }

    public void previous() {
        search(Math.max(0, first - PAGE));
    }

    private void search(int start) {
        first = start;
        try {
            read();
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    public void checkChain() {
        try {
            chain = search.checkChain(caller);
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    private void read() {
        page = search.search(caller, AuditQuery.of(user, school, reference, action, from, to), first, PAGE);
    }

    /** What the chain check found, in words, or null before a check. */
    public String chainText(ChainReport report) {
        if (report == null) {
            return null;
        }
        String text = report.intact()
                ? messages.get("audit.chain.intact", String.valueOf(report.linksChecked()), report.head())
                : messages.get("audit.chain.broken", String.valueOf(report.firstBroken().seq()),
                String.valueOf(report.firstBroken().eventId()),
                messages.get("audit.chain.reason." + report.firstBroken().reason().name()));
        return report.unsealedRows() > 0 ? text + " " + messages.get("audit.chain.unsealed", String.valueOf(report.unsealedRows()))
                : text;
    }

    public String getRange() {
        return page.total() == 0 ? messages.get("audit.none") : messages.get("audit.showing", String.valueOf(first + 1),
                String.valueOf(Math.min(first + PAGE, page.total())), String.valueOf(page.total()));
    }

    public boolean isFirstPage() {
        return first == 0;
    }

    public boolean isLastPage() {
        return first + PAGE >= page.total();
    }

    public String getRefused() {
        return problems.pageRefusal();
    }

    public String problem(String field) {
        return problems.of(field);
    }

    public List<AuditRow> getRows() {
        return page.rows();
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList();
    }

    public ChainCheckResult getChain() {
        return chain;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
