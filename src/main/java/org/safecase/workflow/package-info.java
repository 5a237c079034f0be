/**
 * The workflow engine and our CDI bridge to it (flowable-cdi is not published for Jakarta EE):
 * the Flowable engine on the container's JTA data source and transaction manager, CDI beans by
 * name in BPMN expressions, producers for the engine services, and deployment of the models in
 * {@code bpmn/} at start-up. The only feature that imports {@code org.flowable.*.impl}; other
 * features use {@link org.safecase.workflow.CaseWorkflow}, {@link org.safecase.workflow.TaskInbox} and
 * {@link org.safecase.workflow.CaseDiagrams} (a case's model and where the case is in it, issue #14 item 8).
 */
package org.safecase.workflow;
