package org.safecase.identity;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Issue #13 item 2: a session whose password was right but whose second factor is still owed.
 * It is kept in the HTTP session under names of its own, never as the signed-in user
 * ({@link SignInMechanism} reads only those), so it is signed in for nothing: every protected
 * address sends it back to its step ({@link #stepPage}). The session id changes when the password
 * is taken and again when the step is done, so an id seen before either step is worth nothing after.
 */
final class HalfSignedIn {
    private static final String USER = HalfSignedIn.class.getName() + ".user";
    private static final String GROUPS = HalfSignedIn.class.getName() + ".groups";
    private static final String NEED = HalfSignedIn.class.getName() + ".need";
    private static final String NEXT = HalfSignedIn.class.getName() + ".next";
    private static final String EPOCH = HalfSignedIn.class.getName() + ".epoch";

    private HalfSignedIn() {
    }

    /** After a right password: a new session id, and the user waits for the second step. */
    static void begin(HttpServletRequest request, CredentialValidationResult result, SecondFactors.Need need, int epoch) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.removeAttribute(SignInMechanism.SESSION_USER);
        session.removeAttribute(SignInMechanism.SESSION_GROUPS);
        session.setAttribute(USER, result.getCallerPrincipal().getName());
        session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
        session.setAttribute(NEED, need);
        session.setAttribute(EPOCH, epoch);
    }

    /** Forgets a waiting step (a full sign-in of someone else in the same browser). */
    static void clear(HttpSession session) {
        session.removeAttribute(USER);
        session.removeAttribute(GROUPS);
        session.removeAttribute(NEED);
        session.removeAttribute(NEXT);
        session.removeAttribute(EPOCH);
    }

    /** The user waiting for the second step in this session, if any. */
    static Optional<String> user(HttpSession session) {
        return session != null && session.getAttribute(USER) instanceof String user ? Optional.of(user) : Optional.empty();
    }

    static SecondFactors.Need need(HttpSession session) {
        return session != null && session.getAttribute(NEED) instanceof SecondFactors.Need need ? need : SecondFactors.Need.NONE;
    }

    /** The page of the step owed: enrolment, or the code. */
    static String stepPage(HttpSession session) {
        return need(session) == SecondFactors.Need.ENROL ? "/second-factor-enrol.xhtml" : "/second-factor.xhtml";
    }

    /** Where to go once signed in (an address inside the application, checked by the sign-in page). */
    static void rememberNext(HttpSession session, String next) {
        session.setAttribute(NEXT, next);
    }

    /**
     * The second step is done: a new session id, the user signed in as by a password alone, and the
     * address to go to answered.
     */
    static String complete(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String user = user(session).orElseThrow(() -> new IllegalStateException("no second step waiting"));
        @SuppressWarnings("unchecked")
        Set<String> groups = (Set<String>) session.getAttribute(GROUPS);
        String next = session.getAttribute(NEXT) instanceof String path ? path : "/index.xhtml";
        Object epoch = session.getAttribute(EPOCH);
        clear(session);
        request.changeSessionId();
        session.setAttribute(SignInMechanism.SESSION_USER, user);
        session.setAttribute(SignInMechanism.SESSION_GROUPS, groups);
        session.setAttribute(SignInMechanism.SESSION_EPOCH, epoch);
        return next;
    }
}
