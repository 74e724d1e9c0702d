package com.renewalpost.labels.bench;

import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.run.LabelMedia;
import com.renewalpost.labels.run.RunDocumentsWriter;
import com.renewalpost.labels.run.PrintRunOutputs;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/**
 * Renders print runs of letter + 4x6 label per item, with this library and with the direct-iText baseline, and prints
 * items per second and peak heap. Run: {@code mvn -q -pl label-printing -Pbench test-compile exec:exec}
 * (sizes in -Dbench.items, heap in -Dbench.heap). Not a test: it asserts nothing about time.
 */
public final class PrintRunBenchmark {

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000").split(",")).mapToInt(Integer::parseInt).toArray();
        PrintSettings settings = Samples.settings();
        System.out.printf("java %s, max heap %d MiB, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        // warm-up: both paths, until the JIT has settled
        for (int i = 0; i < 4; i++) {
            library(settings, 1000);
            baseline(settings, 1000);
        }
        for (int n : sizes) {
            // the machine is shared: library and baseline alternate, best of five for short runs, one run for long ones
            int repeats = n <= 2000 ? 5 : 1;
            Measure lib = null;
            Measure base = null;
            for (int i = 0; i < repeats; i++) {
                lib = better(lib, library(settings, n));
                base = better(base, baseline(settings, n));
            }
            report("library ", n, lib);
            report("baseline", n, base);
            System.out.printf("library / baseline: %.2fx wall, %.2fx cpu%n", (double) lib.nanos / base.nanos,
                    (double) lib.cpuNanos / base.cpuNanos);
        }
    }

    /** Wall time, and CPU time of the rendering thread, which other load on the machine disturbs less. */
    private record Measure(long nanos, long cpuNanos, long peakHeapBytes, long liveHeapBytes, long bytesWritten) {
    }

    private static Measure better(Measure a, Measure b) {
        return a == null || b.cpuNanos < a.cpuNanos ? b : a;
    }

    /** Largest heap still in use right after a collection during the run: what the run really keeps. */
    private static final java.util.concurrent.atomic.AtomicLong LIVE_AFTER_GC = new java.util.concurrent.atomic.AtomicLong();

    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());

    static {
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = com.sun.management.GarbageCollectionNotificationInfo
                            .from((javax.management.openmbean.CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> HEAP_POOLS.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static Measure library(PrintSettings settings, int n) {
        return measure(() -> {
            Counting letters = new Counting();
            Counting labels = new Counting();
            new RunDocumentsWriter(settings, LabelMedia.THERMAL_4X6).write(new BenchmarkItems(n), new PrintRunOutputs(letters, labels, null, null),
                    "bench");
            return letters.count + labels.count;
        });
    }

    private static Measure baseline(PrintSettings settings, int n) {
        return measure(() -> {
            Counting letters = new Counting();
            Counting labels = new Counting();
            new DirectITextBaseline(settings).write(new BenchmarkItems(n), letters, labels);
            return letters.count + labels.count;
        });
    }

    private interface Run {
        long bytes() throws Exception;
    }

    private static Measure measure(Run run) {
        System.gc();
        LIVE_AFTER_GC.set(0);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long bytes;
        try {
            bytes = run.bytes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        // sum of each heap pool's own peak: an upper bound of the real peak
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measure(nanos, cpuNanos, peak, LIVE_AFTER_GC.get(), bytes);
    }

    private static void report(String what, int n, Measure m) {
        System.out.printf("%s %6d items: wall %6.2f s (%5.0f items/s), cpu %6.2f s (%5.0f items/s), peak heap used <= %3d MiB,"
                + " max live after GC %3d MiB, output %5.1f MiB%n", what, n, m.nanos / 1e9, n / (m.nanos / 1e9),
                m.cpuNanos / 1e9, n / (m.cpuNanos / 1e9), m.peakHeapBytes >> 20, m.liveHeapBytes >> 20, m.bytesWritten / 1048576.0);
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
