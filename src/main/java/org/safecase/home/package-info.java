/**
 * Where each person lands and what the navigation offers them (issue #11 item 5): a lead's, DSL's
 * or HR officer's waiting, urgent and overdue work; a member of staff's own reports; what a
 * governor or an LA admin can do today. It decides no rights itself: identity's
 * {@code Authorisation} says which pages a caller can use, and the inbox and case file features
 * give the work and reports, each scoped to the caller.
 */
package org.safecase.home;
