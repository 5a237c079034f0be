package org.safecase.inbox;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.safecase.identity.Caller;
import org.safecase.identity.CallerDirectory;
import org.safecase.identity.Schools;
import org.safecase.platform.ConflictException;
import org.safecase.platform.Failures;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.InboxFilter;
import org.safecase.workflow.TaskSummary;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code inbox/inbox.xhtml}: a lazy table filtered, ordered and paged in the database,
 * with the person's last filter kept; one click opens a task (claiming it if nobody holds it).
 */
@Named
@ViewScoped
public class InboxView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient InboxWork inbox;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;
    @Inject
    transient CallerDirectory directory;
    @Inject
    transient Schools schools;

    private final LazyDataModel<TaskSummary> tasks = new TaskModel();
    private final Map<String, String> holders = new HashMap<>();
    private InboxFilter filter;
    private String reference;
    private String category;
    private boolean urgent;
    private boolean overdue;
    private boolean dueThisWeek;
    private String claim = "any";
    private Long school;
    private Map<Long, String> schoolChoices;
    private String show;

    public LazyDataModel<TaskSummary> getTasks() {
        return tasks;
    }

    /** Applies the filter chosen on the page and keeps it as the person's last. */
    public void applyFilter() {
        try {
            InboxFilter chosen = InboxQueryParameters.filter(reference, category, String.valueOf(urgent),
                    String.valueOf(overdue), String.valueOf(dueThisWeek), claim, school == null ? null : String.valueOf(school));
            inbox.rememberFilter(caller, chosen);
            filter = chosen;
        } catch (InvalidInputException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                FacesContext.getCurrentInstance().addMessage("inbox:" + problem.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void clearFilter() {
        reference = null;
        category = null;
        urgent = false;
        overdue = false;
        dueThisWeek = false;
        claim = "any";
        school = null;
        inbox.rememberFilter(caller, InboxFilter.NONE);
        filter = InboxFilter.NONE;
    }

    /** One click: opens the task, claiming it for the caller if nobody holds it yet. */
    public void open(String taskId) throws IOException {
        try {
            inbox.open(caller, taskId);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/inbox/task.xhtml?id="
                    + java.net.URLEncoder.encode(taskId, java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            Throwable cause = Failures.rootOf(e);
            if (cause instanceof ConflictException || cause instanceof NotFoundException) {
                FacesContext.getCurrentInstance().addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_WARN, cause.getLocalizedMessage(), null));
            } else {
                throw e;
            }
        }
    }

    /** Who holds the task, in words: "You", a name, or "Not yet". */
    public String holder(TaskSummary task) {
        if (!task.isClaimed()) {
            return messages.get("inbox.unclaimed");
        }
        if (task.assignee().equals(org.safecase.identity.Authorisation.workflowUserId(caller))) {
            return messages.get("inbox.claimedByYou");
        }
        return holders.getOrDefault(task.assignee(), messages.get("inbox.claimedBySomeone"));
    }

    public String categoryInWords(TaskSummary task) {
        return task.category() == null ? "" : messages.find("category." + task.category()).orElse(task.category());
    }

    public Map<String, String> getCategories() {
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        for (String code : List.of("CYBERBULLYING", "HARMFUL_CONTENT", "IMPERSONATION", "PHONE_ABUSE", "NUDE_IMAGES",
                "PUBLISHED_ALLEGATION", "OTHER")) {
            categories.put(messages.get("category." + code), code);
        }
        return categories;
    }

    /** The schools to choose from (LA HR only; empty for anyone in one school). */
    public Map<String, Long> getSchools() {
        if (schoolChoices == null) {
            schoolChoices = schools.choosableBy(caller);
        }
        Map<String, Long> byName = new java.util.LinkedHashMap<>();
        schoolChoices.forEach((id, name) -> byName.put(name, id));
        return byName;
    }

    private InboxFilter filter() {
        if (filter == null) {
            showFields(inbox.lastFilter(caller));
        }
        return filter;
    }

    /** Shows {@code chosen} in the filter's fields and lists by it. */
    private void showFields(InboxFilter chosen) {
        filter = chosen;
        reference = filter.reference();
        category = filter.category();
        urgent = filter.urgentOnly();
        overdue = filter.overdueOnly();
        dueThisWeek = filter.dueThisWeek();
        claim = filter.claim().name().toLowerCase(java.util.Locale.ROOT);
        school = filter.schoolId();
    }

    /**
     * Loads the last filter before the form is drawn, so its fields show it; a link from the
     * home page ({@code ?show=urgent}, {@code overdue} or {@code all}) chooses that filter instead
     * and keeps it as the person's last.
     */
    public void load() {
        if (show == null || show.isEmpty()) {
            filter();
            return;
        }
        InboxFilter shown = switch (show) {
            case "all" -> InboxFilter.NONE;
            case "urgent" -> new InboxFilter(null, null, true, false, false, InboxFilter.Claim.ANY, null);
            case "overdue" -> new InboxFilter(null, null, false, true, false, InboxFilter.Claim.ANY, null);
            default -> null;
        };
        if (shown == null) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, messages.get("inbox.show.unknown"), null));
            filter();
            return;
        }
        inbox.rememberFilter(caller, shown);
        showFields(shown);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isDueThisWeek() {
        return dueThisWeek;
    }

    public void setDueThisWeek(boolean dueThisWeek) {
        this.dueThisWeek = dueThisWeek;
    }

    public String getClaim() {
        return claim;
    }

    public void setClaim(String claim) {
        this.claim = claim;
    }

    public Long getSchool() {
        return school;
    }

    /** Counts stop above this; the page then says there are more and to narrow them. */
    public int getCountCap() {
        return org.safecase.workflow.InboxSql.COUNT_CAP;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    private final class TaskModel extends LazyDataModel<TaskSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, inbox.count(caller, filter()));
        }

        @Override
        public List<TaskSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            List<TaskSummary> page = inbox.list(caller, filter(), first, pageSize);
            holders.clear();
            holders.putAll(directory.displayNames(page.stream().map(TaskSummary::assignee)
                    .filter(java.util.Objects::nonNull).toList()));
            return page;
        }

        @Override
        public String getRowKey(TaskSummary task) {
            return task.id();
        }
    }
}
