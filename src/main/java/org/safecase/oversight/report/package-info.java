/**
 * Issue #15 items 3 and 4 (R-X-4): the governors' annual report of one school and the LA
 * dashboard that compares every school of a local authority. Aggregates only, read from the case
 * record in our own tables (never Flowable's history): counts under 5 are shown as "&lt;5" and a
 * second count is hidden wherever one hidden count could be worked out from a total
 * ({@link org.safecase.oversight.report.Suppression}); child-protection figures are totals only.
 * Pages, CSV and PDF all render the one {@link org.safecase.oversight.report.ReportSheet}, so they
 * carry the same figures. {@link org.safecase.oversight.report.GovernorsReports} is the boundary.
 */
package org.safecase.oversight.report;
