package org.safecase.bench;

import org.safecase.testing.Api;
import org.safecase.testing.OwnServer;
import org.safecase.testing.PageSession;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code bash bench/run.sh signin} (bench/README.md, issue #12 item 2): does a refused sign-in
 * take as long for a name somebody holds as for a name nobody holds? If not, the time of an
 * answer tells an attacker which names are accounts, whatever the answer says.
 * <p>
 * SafeCase is started as {@link BenchServer} starts it, with the throttle set so that the
 * measured failures are neither held nor locked ({@code SAFECASE_SIGNIN_*}: a name locks only
 * after every measured failure, the address never). Then, one request at a time, with the
 * series interleaved in a shuffled order each round so that the machine's other work falls on
 * all of them alike, {@code -Dbench.signins=200} wrong passwords (after
 * {@code -Dbench.warmUp=20} untimed rounds) are timed for: a known user, one unknown name, and a
 * new unknown name each time; over HTTP Basic on {@code /api} and through the form of
 * {@code login.xhtml} (the post alone, not the page that carries its form). Then the known name
 * and the unknown one are locked (failures until the API answers 429) and both are timed again,
 * locked, on both doors, with the known user's right password too. Every answer is checked, so
 * a figure is never made of the wrong outcome. Prints the median and 90th percentile of each
 * series and the ratio known/unknown of each.
 */
public final class SignInTimingBench {
    private static final String DATABASE = "safecase_bench_signin";
    private static final String KNOWN = "staff.riverside";
    private static final String UNKNOWN = "staff.nobody";
    private static final String WRONG = "Not-the-password-1";
    private static final String FORM_FAILED = "Sign-in failed";
    private static final String FORM_LOCKED = "signing in is paused";

    private SignInTimingBench() {
    }

    /** One sign-in attempt. */
    private interface Attempt {
        Outcome run(int round) throws Exception;
    }

    /** What an attempt was answered (a status, or the form's message) and how long the request took. */
    private record Outcome(String answer, long nanos) {
    }

    /** A named series of attempts, each of which must be answered {@code expected}. */
    private record Series(String name, String expected, Attempt attempt) {
    }

    public static void main(String[] args) throws Exception {
        int signIns = Integer.getInteger("bench.signins", 200);
        int warmUp = Integer.getInteger("bench.warmUp", 20);
        // Every failure of a name before the lock-out phase: Basic and form, warm-up and measured.
        int lockAt = 2 * (warmUp + signIns) + 1;
        try (OwnServer app = BenchServer.start("bench-signin", DATABASE, Map.of(
                "SAFECASE_SIGNIN_ACCOUNT_FAILURES", String.valueOf(lockAt),
                "SAFECASE_SIGNIN_SLOW_AFTER", String.valueOf(lockAt),
                "SAFECASE_SIGNIN_ADDRESS_FAILURES", String.valueOf(Integer.MAX_VALUE)))) {
            Doors doors = new Doors(app.base());
            compare("basic, not locked", signIns, warmUp, List.of(
                    new Series("known", "401", round -> doors.basic(KNOWN, WRONG)),
                    new Series("unknown", "401", round -> doors.basic(UNKNOWN, WRONG)),
                    new Series("unknown, new name each time", "401", round -> doors.basic("basic.nobody." + round, WRONG))));
            compare("form, not locked", signIns, warmUp, List.of(
                    new Series("known", FORM_FAILED, round -> doors.form(KNOWN, WRONG)),
                    new Series("unknown", FORM_FAILED, round -> doors.form(UNKNOWN, WRONG)),
                    new Series("unknown, new name each time", FORM_FAILED, round -> doors.form("form.nobody." + round, WRONG))));
            for (String name : List.of(KNOWN, UNKNOWN)) {
                System.out.printf("signin: %s locked after %d more failures%n", name, lock(doors, name, lockAt));
            }
            compare("basic, locked", signIns, warmUp, List.of(
                    new Series("known", "429", round -> doors.basic(KNOWN, WRONG)),
                    new Series("known, right password", "429", round -> doors.basic(KNOWN, Api.PASSWORD)),
                    new Series("unknown", "429", round -> doors.basic(UNKNOWN, WRONG))));
            compare("form, locked", signIns, warmUp, List.of(
                    new Series("known", FORM_LOCKED, round -> doors.form(KNOWN, WRONG)),
                    new Series("known, right password", FORM_LOCKED, round -> doors.form(KNOWN, Api.PASSWORD)),
                    new Series("unknown", FORM_LOCKED, round -> doors.form(UNKNOWN, WRONG))));
        }
    }

    /** Fails sign-ins of {@code name} over Basic until it is locked; answers how many it took. */
    private static int lock(Doors doors, String name, int lockAt) throws Exception {
        for (int failures = 1; failures <= lockAt; failures++) {
            if (doors.basic(name, WRONG).answer().equals("429")) {
                return failures - 1;
            }
        }
        throw new IllegalStateException(name + " was not locked after " + lockAt + " failures");
    }

    /**
     * Times the series in rounds (shuffled in each) and prints each one's median and 90th
     * percentile, and each one's ratio to the series named "unknown".
     */
    private static void compare(String door, int signIns, int warmUp, List<Series> series) throws Exception {
        Map<Series, long[]> times = new LinkedHashMap<>();
        series.forEach(s -> times.put(s, new long[signIns]));
        List<Series> order = new ArrayList<>(series);
        Random shuffle = new Random(12);
        for (int round = -warmUp; round < signIns; round++) {
            Collections.shuffle(order, shuffle);
            for (Series s : order) {
                Outcome outcome = s.attempt().run(round + warmUp);
                if (!outcome.answer().equals(s.expected())) {
                    throw new IllegalStateException(door + ", " + s.name() + ": answered " + outcome.answer()
                            + ", not " + s.expected());
                }
                if (round >= 0) {
                    times.get(s)[round] = outcome.nanos();
                }
            }
        }
        BenchDatabase.Timing unknown = null;
        Map<String, BenchDatabase.Timing> timings = new LinkedHashMap<>();
        for (Map.Entry<Series, long[]> entry : times.entrySet()) {
            long[] sorted = entry.getValue().clone();
            java.util.Arrays.sort(sorted);
            BenchDatabase.Timing timing = new BenchDatabase.Timing(sorted);
            timings.put(entry.getKey().name(), timing);
            System.out.printf("signin %s, %s: median %.1f ms, p90 %.1f ms (%d)%n", door, entry.getKey().name(),
                    timing.median() / 1e6, timing.percentile(90) / 1e6, signIns);
            if (entry.getKey().name().equals("unknown")) {
                unknown = timing;
            }
        }
        for (Map.Entry<String, BenchDatabase.Timing> entry : timings.entrySet()) {
            if (!entry.getKey().equals("unknown")) {
                System.out.printf("signin %s, %s/unknown: median %.2f, p90 %.2f%n", door, entry.getKey(),
                        entry.getValue().median() / (double) unknown.median(),
                        entry.getValue().percentile(90) / (double) unknown.percentile(90));
            }
        }
    }

    /** The two doors a password comes in by. */
    private static final class Doors {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI api;
        private final PageSession pages;

        Doors(URL base) {
            this.api = URI.create(base + "api/incidents");
            this.pages = PageSession.anonymous(base);
        }

        /** A GET of the API with HTTP Basic: answers the status. */
        Outcome basic(String name, String password) throws Exception {
            String pair = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(api).header("Authorization", "Basic " + pair).GET().build();
            long started = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            return new Outcome(String.valueOf(status), System.nanoTime() - started);
        }

        /** The sign-in form posted (the page that carries it is fetched first, untimed): answers its message. */
        Outcome form(String name, String password) {
            Map<String, String> fields = pages.signInForm(name, password);
            long started = System.nanoTime();
            HttpResponse<String> answer = pages.post("login.xhtml", fields, Map.of());
            long took = System.nanoTime() - started;
            String body = answer.body();
            return new Outcome(body.contains(FORM_LOCKED) ? FORM_LOCKED : body.contains(FORM_FAILED) ? FORM_FAILED
                    : answer.statusCode() + " without a refusal", took);
        }
    }
}
