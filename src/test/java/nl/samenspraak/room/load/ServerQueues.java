package nl.samenspraak.room.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the server's STOMP channel queues from the actuator ({@code executor.queued} of
 * {@code clientInboundChannelExecutor} and {@code clientOutboundChannelExecutor}) every few seconds on a thread
 * of its own: a growing inbound queue is the server falling behind. Every sample is an HTTP Basic request,
 * which costs the server a password check (about 0.1 s of CPU), so it samples sparingly.
 */
final class ServerQueues implements AutoCloseable {

    static final long PERIOD_SECONDS = 3;

    private final LoadHttp http;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "server-queues");
        thread.setDaemon(true);
        return thread;
    });
    private final List<int[]> samples = new ArrayList<>();
    private int markMeasuredFrom = -1;
    private int markMeasuredTo = -1;

    ServerQueues(LoadHttp http) {
        this.http = http;
        sampler.scheduleWithFixedDelay(this::sample, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void sample() {
        // -1: the actuator did not answer (within 30 s), which says enough about the server's state
        double in = http.metric("executor.queued", "name:clientInboundChannelExecutor");
        double out = http.metric("executor.queued", "name:clientOutboundChannelExecutor");
        int inbound = Double.isNaN(in) ? -1 : (int) in;
        int outbound = Double.isNaN(out) ? -1 : (int) out;
        synchronized (samples) {
            samples.add(new int[] {inbound, outbound});
        }
    }

    void measuring(boolean started) {
        synchronized (samples) {
            if (started) {
                markMeasuredFrom = samples.size();
            } else {
                markMeasuredTo = samples.size();
            }
        }
    }

    /** Two lines: the largest queues during setup and while measuring, and the inbound queue over time. */
    List<String> report() {
        synchronized (samples) {
            List<String> lines = new ArrayList<>();
            int from = Math.max(0, markMeasuredFrom);
            int to = markMeasuredTo < 0 ? samples.size() : markMeasuredTo;
            lines.add(String.format(Locale.ROOT, "server STOMP queues (tasks waiting; sampled every %d s): inbound max %d "
                            + "during setup and %d while measuring, outbound max %d and %d", PERIOD_SECONDS,
                    max(0, from, 0), max(from, to, 0), max(0, from, 1), max(from, to, 1)));
            StringBuilder series = new StringBuilder("    inbound queue while measuring:");
            for (int i = from; i < to; i++) {
                series.append(' ').append(samples.get(i)[0] < 0 ? "?" : String.valueOf(samples.get(i)[0]));
            }
            lines.add(series.append(" (? = the actuator did not answer)").toString());
            return lines;
        }
    }

    private int max(int from, int to, int which) {
        int max = 0;
        for (int i = from; i < to && i < samples.size(); i++) {
            max = Math.max(max, samples.get(i)[which]);
        }
        return max;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
