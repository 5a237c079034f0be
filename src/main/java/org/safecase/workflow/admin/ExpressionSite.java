package org.safecase.workflow.admin;

/**
 * Where an expression stands in a model: the element it belongs to (a flow element's id, or the
 * process id), the attribute or child element it is written in ({@code conditionExpression},
 * {@code candidateGroups}, {@code timeDuration}...), and whether it is inside a task listener,
 * where the engine also offers {@code task}.
 */
record ExpressionSite(String elementId, String where, String text, boolean inTaskListener) {
}
