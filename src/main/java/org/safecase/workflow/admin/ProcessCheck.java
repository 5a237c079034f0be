package org.safecase.workflow.admin;

import java.util.List;

/** One of SafeCase's own rules for a process model (issue #14 item 4), beside the engine's validation. */
interface ProcessCheck {
    List<ModelProblem> check(CheckedProcess model);
}
