package org.safecase.oversight.patterns;

/** What a pattern key was made from: an account or user name, a web address, or a phone number. */
public enum IdentifierKind {
    ACCOUNT,
    WEB_ADDRESS,
    PHONE
}
