/**
 * The task inbox of online-safety leads, DSLs and head teachers: their school's open tasks,
 * paged and sorted in the database, claimed and completed; on pages and over REST.
 */
package org.safecase.inbox;
