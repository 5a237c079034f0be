package org.safecase.workflow.jobs;

import org.safecase.platform.Phrase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed job's error in words ({@code jobs.error.<kind>}): the exception the engine kept is
 * written for developers (a class, a message, a stack trace), so the console says what kind of
 * failure it is and what to do about it. The chain is searched from the outside in: a name the
 * model uses that resolves to nothing (a bean if the step names it as its delegate, else a
 * variable), a missing class, then mail, the database, a timeout, another service out of reach,
 * a conflict with another change. Anything else is said in a generic sentence with the innermost
 * exception's class and the first line of its message, cut to {@value #MAX_MESSAGE} characters:
 * exception messages hold ids and names from the models, never case text (the same rule as the
 * log), and the stack trace itself stays with the job and in the server log.
 */
final class FailureWords {
    static final int MAX_MESSAGE = 200;
    private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve identifier '([^']{1,100})'");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile(
            "Unknown property used in expression: \\$\\{([A-Za-z_$][A-Za-z0-9_$]{0,99})}");
    private static final Set<String> DATABASE = Set.of("java.sql.SQLNonTransientConnectionException",
            "java.sql.SQLTransientConnectionException", "java.sql.SQLRecoverableException");
    private static final Set<String> UNREACHABLE = Set.of("java.net.ConnectException", "java.net.UnknownHostException",
            "java.net.NoRouteToHostException", "java.net.PortUnreachableException");
    private static final Set<String> CONFLICT = Set.of("java.sql.SQLTransactionRollbackException",
            "jakarta.persistence.OptimisticLockException", "org.eclipse.persistence.exceptions.OptimisticLockException",
            "org.flowable.common.engine.api.FlowableOptimisticLockingException");

    /** The kind of failure and what to say about it. */
    record Worded(FailureKind kind, Phrase phrase) {
    }

    private FailureWords() {
    }

    /**
     * @param chain      the job's exceptions, outermost first ({@link Failure#chainOf})
     * @param beansNamed the names the failed step calls as beans (its delegate expressions)
     */
    static Worded of(List<Failure> chain, Set<String> beansNamed) {
        Optional<String> unresolved = unresolvedName(chain);
        if (unresolved.isPresent()) {
            String name = unresolved.get();
            return worded(beansNamed.contains(name) ? FailureKind.BEAN_MISSING : FailureKind.VARIABLE_MISSING, name);
        }
        Optional<Failure> missingClass = first(chain, f -> is(f, "java.lang.ClassNotFoundException")
                || is(f, "java.lang.NoClassDefFoundError"));
        if (missingClass.isPresent()) {
            return worded(FailureKind.CLASS_MISSING, orUnknown(missingClass.get().message()));
        }
        if (any(chain, f -> f.type() != null && (f.type().startsWith("jakarta.mail.") || f.type().startsWith("javax.mail.")
                || f.type().endsWith("MailConnectException")))) {
            return worded(FailureKind.MAIL_UNREACHABLE);
        }
        if (any(chain, f -> isOneOf(f, DATABASE) || says(f, "communications link failure"))) {
            return worded(FailureKind.DATABASE_UNREACHABLE);
        }
        if (any(chain, f -> f.type() != null && f.type().endsWith("TimeoutException") || says(f, "timed out")
                || says(f, "lock wait timeout"))) {
            return worded(FailureKind.TIMEOUT);
        }
        if (any(chain, f -> isOneOf(f, UNREACHABLE))) {
            return worded(FailureKind.SERVICE_UNREACHABLE);
        }
        if (any(chain, f -> isOneOf(f, CONFLICT) || says(f, "deadlock found"))) {
            return worded(FailureKind.CONFLICT);
        }
        Failure root = Failure.root(chain);
        String message = root.message() == null ? chain.get(0).message() : root.message();
        return worded(FailureKind.OTHER, orUnknown(root.type()), clip(orUnknown(message)));
    }

    /** The name in an expression that resolved to nothing: JUEL's identifier, or a bare {@code ${name}} Flowable reports. */
    private static Optional<String> unresolvedName(List<Failure> chain) {
        for (Pattern pattern : List.of(UNRESOLVED, UNKNOWN_PROPERTY)) {
            for (Failure failure : chain) {
                Matcher found = failure.message() == null ? null : pattern.matcher(failure.message());
                if (found != null && found.find()) {
                    return Optional.of(found.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Worded worded(FailureKind kind, Object... arguments) {
        return new Worded(kind, Phrase.of("jobs.error." + kind.name(), arguments));
    }

    private static boolean any(List<Failure> chain, Predicate<Failure> test) {
        return chain.stream().anyMatch(test);
    }

    private static Optional<Failure> first(List<Failure> chain, Predicate<Failure> test) {
        return chain.stream().filter(test).findFirst();
    }

    private static boolean isOneOf(Failure failure, Set<String> types) {
        return failure.type() != null && types.contains(failure.type());
    }

    private static boolean is(Failure failure, String type) {
        return type.equals(failure.type());
    }

    private static boolean says(Failure failure, String words) {
        return failure.message() != null && failure.message().toLowerCase(Locale.ROOT).contains(words);
    }

    private static String orUnknown(String text) {
        return text == null ? "?" : text;
    }

    private static String clip(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
