/**
 * Issue #14: workflow administration. LA admins see every process model and decision table
 * with its versions ({@link org.safecase.workflow.admin.ModelLibrary}), edit them in the browser,
 * have them checked ({@link org.safecase.workflow.admin.ModelChecks}) and deploy them as new
 * versions; models shipped with SafeCase never silently replace an admin's. Part of the workflow
 * feature: it may use the engine's internals; its pages and resources only its boundaries.
 */
package org.safecase.workflow.admin;
