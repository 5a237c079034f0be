package org.safecase.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the application's CPU went during a measured period, from a Java Flight Recorder file of
 * its server: the share of execution samples by the method on top of the stack, and by the first
 * frame of each stack that lies in a package of interest (ours, Flowable's, the database driver's,
 * EclipseLink's, the JDK's crypto, ...), so a figure short of its target says what to fix.
 */
final class HotMethods {
    private static final List<String> LAYERS = List.of("org.safecase.", "org.flowable.", "org.mariadb.",
            "org.eclipse.persistence.", "org.glassfish.jersey.", "org.apache.ibatis.", "com.sun.crypto.",
            "sun.security.", "fish.payara.", "com.sun.enterprise.", "org.jboss.weld.", "org.yasson.", "org.eclipse.yasson.");

    private HotMethods() {
    }

    static void print(Path recording, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> layers = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            topFrames.merge(name(frames.get(0)), 1, Integer::sum);
            layers.merge(frames.stream().map(HotMethods::name).map(HotMethods::layer)
                    .filter(Predicate.not(String::isEmpty)).findFirst().orElse("(other)"), 1, Integer::sum);
        }
        System.out.printf("profile of the application during the API run: %d execution samples%n", samples);
        show("  by the layer of the innermost known frame", layers, samples, top);
        show("  by the method on top of the stack", topFrames, samples, top);
    }

    private static void show(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String layer(String method) {
        return LAYERS.stream().filter(method::startsWith).findFirst().orElse("");
    }
}
