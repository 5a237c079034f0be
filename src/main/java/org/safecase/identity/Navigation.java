package org.safecase.identity;

/**
 * Which pages a caller can use, as {@link Authorisation} decides it (DOMAIN.md "Who uses it"):
 * the navigation offers these and the home page opens on them. It hides nothing for safety's
 * sake; each page and boundary still asks {@link Authorisation} before showing or doing anything.
 *
 * @param report       report an incident (members of a school)
 * @param myReports    follow one's own reports (members of a school)
 * @param inbox        work tasks: someone offered a school's or the LA's tasks, or holding one
 * @param cases        the case register (leads, DSLs, head teachers, LA HR)
 * @param providers    the provider directory (those who ask providers to take content down, and LA admins who keep it)
 * @param calendar     the own school's closure dates (head teachers, who keep them; LA admins open it from home and pick a school by name there)
 * @param monitoring   governors: aggregate monitoring only, never case details
 * @param laAdmin      LA admins: the installation's schools, users and reference data, never case content
 * @param staff        the people whose accounts and roles the caller looks after (LA admins; head teachers, their school's)
 * @param policy       issue #15 item 6: the school's online-safety policy, to read and acknowledge (people of a school; LA admins pick a school)
 * @param guidance     issue #15 item 6: the staff guidance on staying safe online (everyone signed in)
 */
public record Navigation(boolean report, boolean myReports, boolean inbox, boolean cases, boolean providers,
                         boolean calendar, boolean monitoring, boolean laAdmin, boolean staff,
                         boolean policy, boolean guidance) {
}
