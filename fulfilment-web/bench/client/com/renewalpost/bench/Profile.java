package com.renewalpost.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the time goes: a summary of the CPU samples a Flight Recording took of the server
 * ({@code bench/run --profile}) between two moments (a benchmark's start and end, from the run's
 * figures). Three views: the methods running (self), the application's own methods on the stack
 * (the first {@code com.renewalpost} frame from the top, i.e. what the application was doing), and
 * for each of those the library method it was in.
 *
 * <pre>profile RECORDING.jfr FROM_EPOCH_MS TO_EPOCH_MS [TOP]</pre>
 */
final class Profile {

    private Profile() {
    }

    static void run(String[] args) throws IOException {
        var from = Instant.ofEpochMilli(Long.parseLong(args[1]));
        var to = Instant.ofEpochMilli(Long.parseLong(args[2]));
        int top = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> app = new HashMap<>();
        Map<String, Integer> appAndLibrary = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")
                    || e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to) || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            var thread = e.getThread("sampledThread");
            threads.merge(thread == null ? "?" : thread.getJavaName().replaceAll("\\d+", "#"), 1, Integer::sum);
            self.merge(name(frames.get(0)), 1, Integer::sum);
            String ours = null;
            for (var f : frames) {
                var n = name(f);
                if (n.startsWith("com.renewalpost.")) {
                    ours = n;
                    break;
                }
            }
            var key = ours == null ? "(no application frame)" : ours;
            app.merge(key, 1, Integer::sum);
            appAndLibrary.merge(key + "  <-  " + library(frames), 1, Integer::sum);
        }
        System.out.println("CPU samples between " + from + " and " + to + ": " + samples);
        print("threads", threads, samples, 8);
        print("running (self)", self, samples, top);
        print("application method on the stack (innermost)", app, samples, top);
        print("application method and the library code under it", appAndLibrary, samples, top);
    }

    /** The outermost frame of the top of the stack that belongs to a well-known library layer. */
    private static String library(List<RecordedFrame> frames) {
        for (var f : frames) {
            var n = name(f);
            for (var layer : List.of("org.h2.", "org.postgresql.", "org.eclipse.persistence.", "com.itextpdf.",
                    "com.google.zxing.", "org.hibernate.validator.", "com.google.i18n.", "org.apache.commons.csv.",
                    "com.sun.enterprise.transaction", "org.glassfish.jersey.", "org.eclipse.yasson.",
                    "java.util.regex.", "java.security.", "javax.crypto.", "sun.security.")) {
                if (n.startsWith(layer)) {
                    return layer + "*";
                }
            }
            if (n.startsWith("com.renewalpost.")) {
                return "(own code)";
            }
        }
        return name(frames.get(0));
    }

    private static String name(RecordedFrame f) {
        var m = f.getMethod();
        return m.getType().getName() + "." + m.getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
