package org.safecase.workflow.admin;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A migration under way, batch by batch: which cases it takes next (all the version's cases, by
 * engine id after the last one taken, or the ones chosen), what it has done so far, and whether
 * it is done. A page keeps it between batches, so the admin sees it move.
 */
public final class MigrationProgress implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MigrationTarget target;
    private final long total;
    private final Deque<String> chosen;
    private String after = "";
    private boolean done;
    private final List<String> moved = new ArrayList<>();
    private final List<CaseNotMoved> notMoved = new ArrayList<>();
    private final List<CaseNotMoved> failed = new ArrayList<>();

    MigrationProgress(MigrationTarget target, long total, List<String> chosen) {
        this.target = target;
        this.total = total;
        this.chosen = chosen == null ? null : new ArrayDeque<>(chosen);
    }

    MigrationTarget target() {
        return target;
    }

    /** The references still to take, or null when every case of the version is taken. */
    Deque<String> chosen() {
        return chosen;
    }

    String after() {
        return after;
    }

    void passed(String processInstanceId) {
        after = processInstanceId;
    }

    void moved(String reference) {
        moved.add(reference);
    }

    void notMoved(CaseNotMoved line) {
        notMoved.add(line);
    }

    void failed(CaseNotMoved line) {
        failed.add(line);
    }

    void finish() {
        done = true;
    }

    public boolean isDone() {
        return done;
    }

    /** How many cases ran on the version (or were chosen) when the migration began. */
    public long getTotal() {
        return total;
    }

    public int getHandled() {
        return moved.size() + notMoved.size() + failed.size();
    }

    public int getMoved() {
        return moved.size();
    }

    public List<CaseNotMoved> getNotMoved() {
        return List.copyOf(notMoved);
    }

    public List<CaseNotMoved> getFailed() {
        return List.copyOf(failed);
    }

    public int getToVersion() {
        return target.toVersion();
    }

    public MigrationResult result() {
        return new MigrationResult(target.key(), target.fromVersion(), target.toVersion(), moved, notMoved, failed);
    }
}
