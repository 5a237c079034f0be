package org.safecase.workflow.admin;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.ListPage;
import org.safecase.platform.Messages;
import org.safecase.platform.NotAllowedException;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code workflow/migrate.xhtml?model=&version=} (issue #14 item 6): the cases running on
 * one version of a process model, what moving them to another version (the newest unless chosen)
 * would do, {@value CaseMigrations#BATCH} cases a page, and, once confirmed, the move itself one
 * batch per request (the page asks for the next batch until done), with what it did in words.
 */
@Named
@ViewScoped
public class MigrateView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseMigrations migrations;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private String key;
    private Integer from;
    private Integer to;
    private MigrationPreview preview;
    private final ListPage<CaseMigrationLine> page = new ListPage<>(CaseMigrations.BATCH);
    private boolean confirming;
    private MigrationProgress progress;
    private final FormProblems problems = new FormProblems();

    /** Opens the preview of the version in the address; anyone but an LA admin is refused in words. */
    public void load() {
        try {
            refresh();
        } catch (NotAllowedException e) {
            problems.refusePage(e);
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    private void refresh() {
        if (key == null || from == null) {
            throw new org.safecase.platform.NotFoundException("refusal.models.unknownVersion");
        }
        page.load(() -> migrations.runningCases(caller, key, from), (first, size) -> {
            preview = migrations.preview(caller, key, from, to, first, size);
            to = preview.toVersion();
            return preview.cases();
        });
    }

    /** Shows the preview for the version chosen, from its first case. */
    public void showPreview() {
        confirming = false;
        progress = null;
        page.restart();
        act(this::refresh);
    }

    public void next() {
        page.next();
        act(this::refresh);
    }

    public void previous() {
        page.previous();
        act(this::refresh);
    }

    /** Asks to confirm moving to the version previewed; a version chosen but not yet previewed is previewed first. */
    public void askToMove() {
        if (preview == null || to == null || preview.toVersion() != to) {
            showPreview();
            return;
        }
        confirming = true;
    }

    public void cancelMove() {
        confirming = false;
    }

    /** Confirmed: moves the first batch at once; the page asks for the others ({@link #moveNextBatch}). */
    public void move() {
        confirming = false;
        act(() -> {
            progress = migrations.start(caller, key, from, preview.toVersion(), null);
            moveNextBatch();
        });
    }

    /** Moves the next batch; when the last is done, shows the cases left on the version. */
    public void moveNextBatch() {
        if (progress == null || progress.isDone()) {
            return;
        }
        act(() -> {
            migrations.moveBatch(caller, progress);
            if (progress.isDone()) {
                page.restart();
                refresh();
            }
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    public String getHeading() {
        return preview == null ? messages.get("migrate.title") : messages.get("migrate.heading", from, preview.modelName());
    }

    public String getRunning() {
        return messages.get("migrate.running", from, page.total());
    }

    public String getThenHeader() {
        return messages.get("migrate.stepThen", to == null ? 0 : to);
    }

    public List<SelectItem> getVersions() {
        return preview == null ? List.of() : preview.otherVersions().stream()
                .map(version -> new SelectItem(version, messages.get("migrate.toOption", version))).toList();
    }

    public List<CaseMigrationLine> getLines() {
        return page.rows();
    }

    public String getRange() {
        return page.range(messages);
    }

    public boolean isPaged() {
        return page.paged();
    }

    public boolean isFirstPage() {
        return page.firstPage();
    }

    public boolean isLastPage() {
        return page.lastPage();
    }

    public boolean isAnyMovable() {
        return page.rows().stream().anyMatch(CaseMigrationLine::movable) || page.total() > page.rows().size();
    }

    public String getConfirmText() {
        return messages.get("migrate.confirm.text", from, to == null ? 0 : to);
    }

    public boolean isMoving() {
        return progress != null && !progress.isDone();
    }

    public String getProgressText() {
        return progress == null ? null : progress.isDone()
                ? messages.get("migrate.done", progress.getMoved(), progress.getToVersion(), progress.getNotMoved().size(),
                progress.getFailed().size())
                : messages.get("migrate.progress", progress.getHandled(), progress.getTotal());
    }

    public String getNotMovedHeading() {
        return messages.get("migrate.notMovedHeading", from);
    }

    public MigrationProgress getProgress() {
        return progress;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public MigrationPreview getPreview() {
        return preview;
    }

    public String getRefused() {
        return problems.pageRefusal();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
