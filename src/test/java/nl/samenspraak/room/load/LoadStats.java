package nl.samenspraak.room.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** What the load run counts and measures, shared by all rooms; every latency is in nanoseconds of one clock. */
final class LoadStats {

    /** A growing list of latencies with percentiles. */
    static final class Samples {
        private long[] values = new long[4096];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }

        /** "p50 1.2  p90 3.4  p99 5.6  max 7.8 ms (n=...)" */
        String summary() {
            long[] s = sorted();
            if (s.length == 0) {
                return "no samples";
            }
            return String.format(Locale.ROOT, "p50 %s  p90 %s  p99 %s  max %s ms  (n=%d)",
                    ms(percentile(s, 0.50)), ms(percentile(s, 0.90)), ms(percentile(s, 0.99)), ms(s[s.length - 1]), s.length);
        }

        long percentileNanos(double q) {
            long[] s = sorted();
            return s.length == 0 ? -1 : percentile(s, q);
        }

        synchronized long countAbove(long nanos) {
            long count = 0;
            for (int i = 0; i < size; i++) {
                if (values[i] > nanos) {
                    count++;
                }
            }
            return count;
        }

        synchronized int size() {
            return size;
        }

        /** The nearest-rank percentile: the smallest value with at least q of all values at or below it. */
        static long percentile(long[] sorted, double q) {
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    volatile boolean measuring;

    /** Answer -> each other participant of the room (the public view shows the sender as answered). */
    final Samples delivery = new Samples();
    /** Answer -> the facilitator's own view ({@code live} lists the sender). */
    final Samples facilitatorDelivery = new Samples();
    /** The facilitator's "next" -> each participant sees the new step. */
    final Samples stepChange = new Samples();

    final AtomicLong answersSent = new AtomicLong();
    final AtomicLong sendFailures = new AtomicLong();
    final AtomicLong rejections = new AtomicLong();
    final AtomicLong controlsSent = new AtomicLong();
    final AtomicLong deliveriesExpected = new AtomicLong();
    final AtomicLong deliveriesLost = new AtomicLong();
    final AtomicLong deliveriesUnmatched = new AtomicLong();
    final AtomicLong facilitatorExpected = new AtomicLong();
    final AtomicLong facilitatorLost = new AtomicLong();
    final AtomicLong stepChangesExpected = new AtomicLong();
    final AtomicLong stepChangesLost = new AtomicLong();
    final AtomicLong roundsCompleted = new AtomicLong();
    final AtomicLong roundsTimedOut = new AtomicLong();
    final AtomicLong roomsEndedEarly = new AtomicLong();
    final AtomicLong participantFrames = new AtomicLong();
    final AtomicLong facilitatorFrames = new AtomicLong();
    final AtomicLong transportErrors = new AtomicLong();
    final AtomicLong stompErrors = new AtomicLong();
    /** Problems by kind (the text without ids and numbers): how often, and the first one in full. */
    private final Map<String, long[]> problemCounts = new LinkedHashMap<>();
    private final Map<String, String> firstProblem = new LinkedHashMap<>();
    private final long created = System.nanoTime();

    /** The innermost cause of a failure, which says what went wrong (the outer ones only where). */
    static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure.getClass().getSimpleName() + " caused by " + root;
    }

    void problem(String what) {
        problem(what.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("[0-9]+", "N"), what);
    }

    void problem(String kind, String what) {
        String stamped = String.format(Locale.ROOT, "[+%.1f s] %s", (System.nanoTime() - created) / 1e9, what);
        synchronized (problemCounts) {
            problemCounts.computeIfAbsent(kind, k -> new long[1])[0]++;
            firstProblem.putIfAbsent(kind, stamped);
        }
    }

    /** "N x first occurrence", most frequent kinds first. */
    List<String> problems() {
        synchronized (problemCounts) {
            List<String> lines = new ArrayList<>();
            problemCounts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(12)
                    .forEach(e -> lines.add(e.getValue()[0] + " x, first " + firstProblem.get(e.getKey())));
            return lines;
        }
    }
}
