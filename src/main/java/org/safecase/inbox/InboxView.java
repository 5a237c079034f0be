package org.safecase.inbox;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.safecase.identity.Caller;
import org.safecase.platform.ConflictException;
import org.safecase.platform.Failures;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.TaskSummary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs {@code inbox/inbox.xhtml}: a lazy table paged and sorted in the database. */
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

    private final LazyDataModel<TaskSummary> tasks = new TaskModel();

    public LazyDataModel<TaskSummary> getTasks() {
        return tasks;
    }

    public void claim(String taskId) {
        act(() -> {
            TaskSummary task = inbox.claim(caller, taskId);
            info("inbox.claimed", task.caseReference());
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Throwable cause = Failures.rootOf(e);
            if (cause instanceof ConflictException || cause instanceof NotFoundException) {
                FacesContext.getCurrentInstance().addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_WARN, cause.getMessage(), null));
            } else {
                throw e;
            }
        }
    }

    private void info(String key, Object argument) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, argument), null));
    }

    private final class TaskModel extends LazyDataModel<TaskSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, inbox.count(caller));
        }

        @Override
        public List<TaskSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            boolean dueSoonestFirst = sortBy.values().stream()
                    .noneMatch(sort -> sort.getOrder() == SortOrder.DESCENDING);
            return inbox.list(caller, first, pageSize, dueSoonestFirst);
        }

        @Override
        public String getRowKey(TaskSummary task) {
            return task.id();
        }
    }
}
