/**
 * Issue #15 item 6, R-X-6: each school's online-safety policy and the staff guidance. The head
 * teacher (or an LA admin) publishes versions, as text or a screened PDF, each with a review date;
 * every member of the school's staff acknowledges each version (a prompt on the home page until
 * they do); the head sees who has not and reminds them by e-mail (the notification job, held to
 * school hours, R-X-1a); a daily check reminds heads and LA admins of passed review dates and of
 * schools with no online-safety lead or DSL. The guidance page gives the seed's appendices for
 * staff in our own words. Rights are identity's {@code Authorisation}; who the staff are is
 * identity's {@code PolicyStaff}; files are screened by evidence's {@code UploadScreening}.
 */
package org.safecase.policy;
