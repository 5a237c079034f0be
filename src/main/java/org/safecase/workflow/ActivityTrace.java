package org.safecase.workflow;

import java.time.Instant;

/**
 * One pass of a process instance through a model element, as the engine's history keeps it:
 * {@code ended} null while it runs; {@code cancelled} when the engine ended it without its being
 * completed (the process was stopped, a boundary event interrupted it, a terminate end event ended
 * its scope);
 * {@code calledInstance} the process a call activity started.
 */
record ActivityTrace(String elementId, String type, String name, Instant started, Instant ended,
                     boolean cancelled, String calledInstance) {
    boolean isOpen() {
        return ended == null;
    }

    /** Ended without being cancelled: for most elements, done (see {@link DiagramMarks} for the exceptions). */
    boolean endedNormally() {
        return ended != null && !cancelled;
    }
}
