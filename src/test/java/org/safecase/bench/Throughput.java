package org.safecase.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from several clients at once for a warm-up and then a measured period, and
 * counts what succeeded in the measured period only. A failed operation is counted apart and its
 * first failure kept, so a figure is never made of refusals. The CPU time a given process spent in
 * the measured period is read too: on a machine shared with other work, CPU per operation moves
 * much less than operations per second.
 */
final class Throughput {
    /** One operation: true when it did what it should (e.g. answered 201). */
    interface Operation {
        boolean run(int client) throws Exception;
    }

    record Result(long done, long failed, double seconds, long medianMicros, String firstFailure,
                  java.time.Instant from, java.time.Instant to, Duration cpu) {
        double perSecond() {
            return done / seconds;
        }

        /** Milliseconds of the measured process's CPU per operation done. */
        double cpuMillisPerOperation() {
            return cpu.toNanos() / 1e6 / done;
        }
    }

    private Throughput() {
    }

    /** Measures {@code operation}, reading the CPU time of {@code process} (e.g. the server that does the work). */
    static Result measure(int clients, Duration warmUp, Duration measured, ProcessHandle process, Operation operation)
            throws Exception {
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        StringBuilder firstFailure = new StringBuilder();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    long started = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.run(client);
                    } catch (Exception e) {
                        ok = false;
                        synchronized (firstFailure) {
                            if (firstFailure.isEmpty()) {
                                firstFailure.append(e);
                            }
                        }
                    }
                    if (counting.get()) {
                        (ok ? done : failed).incrementAndGet();
                        if (ok) {
                            latencies.add((System.nanoTime() - started) / 1000);
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(warmUp.toMillis());
        Duration cpuBefore = cpu(process);
        counting.set(true);
        java.time.Instant fromInstant = java.time.Instant.now();
        long from = System.nanoTime();
        Thread.sleep(measured.toMillis());
        counting.set(false);
        Duration cpu = cpu(process).minus(cpuBefore);
        java.time.Instant toInstant = java.time.Instant.now();
        double seconds = (System.nanoTime() - from) / 1e9;
        stop.set(true);
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        return new Result(done.get(), failed.get(), seconds, median, firstFailure.toString(), fromInstant, toInstant, cpu);
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("no CPU time for process " + process.pid()));
    }
}
