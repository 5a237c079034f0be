package org.safecase.workflow.jobs;

/**
 * The kinds of failure the console can put in words ({@code jobs.error.<kind>}); anything else is
 * {@link #OTHER}, shown with the exception's class and the first line of its message.
 */
public enum FailureKind {
    /** A part of SafeCase (a bean) that the model names does not exist in this version. */
    BEAN_MISSING,
    /** A class the model names does not exist. */
    CLASS_MISSING,
    /** A value (a process variable) the step reads was never set on the case. */
    VARIABLE_MISSING,
    /** Sending e-mail failed: the mail server could not be reached or refused the message. */
    MAIL_UNREACHABLE,
    /** The database could not be reached. */
    DATABASE_UNREACHABLE,
    /** Another service (a web address, a host) could not be reached. */
    SERVICE_UNREACHABLE,
    /** Something took too long and was given up. */
    TIMEOUT,
    /** Someone else changed the same case at the same moment. */
    CONFLICT,
    OTHER
}
