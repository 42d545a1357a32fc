package nl.samenspraak.room;

import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.answer.AnswerLog.RoomEntry;
import nl.samenspraak.dialogue.RecordedAnswer;
import nl.samenspraak.web.ApiError;
import nl.samenspraak.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stores the answers given in live rooms, many in one commit. Each commit of the embedded database writes a
 * chunk of its file; with hundreds of answers a second, committing each on its own was most of the server's
 * work. So one thread takes all answers that are waiting, appends them in one transaction (a group commit),
 * and only then puts them in the rooms and publishes the rooms that changed: nobody sees an answer that a
 * crash could still lose, and a room that got several answers meanwhile is published once.
 */
@Component
class RoomAnswerWriter implements SmartLifecycle {

    /** An accepted answer on its way to the log, with who sent it (for a refusal, should storing fail). */
    record Pending(String roomId, RoomActor sender, String participantId, RecordedAnswer answer) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RoomAnswerWriter.class);
    private static final int MAX_WAITING = 20_000;
    private static final int MAX_BATCH = 500;
    /**
     * How long the writer waits for more answers after the first: a commit costs about the same for one answer
     * as for fifty, so a few milliseconds of waiting save most commits when many rooms are busy.
     */
    private static final long GROUP_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private final AnswerLog log;
    private final RoomAnswers answers;
    private final RoomBroadcaster broadcaster;
    private final SimpMessagingTemplate messaging;
    private final TransactionTemplate transaction;
    private volatile boolean running;
    private Thread thread;

    RoomAnswerWriter(AnswerLog log, RoomAnswers answers, RoomBroadcaster broadcaster, SimpMessagingTemplate messaging,
                     TransactionTemplate transaction) {
        this.log = log;
        this.answers = answers;
        this.broadcaster = broadcaster;
        this.messaging = messaging;
        this.transaction = transaction;
    }

    /** Queues an answer that passed validation; refused with 503 while stopping or when far too many wait. */
    void submit(Pending answer) {
        if (!running) {
            throw unavailable("the server is stopping; send your answer again in a moment");
        }
        if (!waiting.offer(answer)) {
            throw unavailable("too many answers are waiting to be stored; send yours again in a moment");
        }
    }

    private void run() {
        while (running || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    write(gathered(first));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Room answers could not be written", e);
            }
        }
    }

    /** The first answer and those that arrive within the group window after it. */
    private List<Pending> gathered(Pending first) throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        batch.add(first);
        long until = System.nanoTime() + GROUP_WINDOW_NANOS;
        long left;
        while (batch.size() < MAX_BATCH && (left = until - System.nanoTime()) > 0) {
            Pending next = waiting.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            batch.add(next);
            waiting.drainTo(batch, MAX_BATCH - batch.size());
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        Map<String, Integer> counted = new HashMap<>();
        List<RoomEntry> entries = new ArrayList<>();
        for (Pending p : batch) {
            String stepId = p.answer().stepId();
            int revision = counted.merge(p.roomId() + "|" + p.participantId() + "|" + stepId,
                    answers.revision(p.roomId(), p.participantId(), stepId) + 1, (earlier, first) -> earlier + 1);
            entries.add(new RoomEntry(p.roomId(), p.participantId(), p.answer(), revision));
        }
        try {
            transaction.executeWithoutResult(status -> log.appendForRooms(entries));
            stored(entries);
        } catch (RuntimeException failed) {
            // One answer that cannot be stored must not cost the others theirs: each on its own, then.
            LOG.warn("A batch of {} room answers failed; storing them one by one", entries.size(), failed);
            for (int i = 0; i < entries.size(); i++) {
                RoomEntry entry = entries.get(i);
                try {
                    transaction.executeWithoutResult(status -> log.appendForRooms(List.of(entry)));
                    stored(List.of(entry));
                } catch (RuntimeException one) {
                    LOG.error("A room answer could not be stored", one);
                    refuse(batch.get(i));
                }
            }
        }
    }

    private void stored(List<RoomEntry> entries) {
        Set<String> changed = new LinkedHashSet<>();
        for (RoomEntry e : entries) {
            answers.put(e.roomId(), e.participantId(), e.answer().stepId(), e.answer().value(), e.revision());
            changed.add(e.roomId());
        }
        changed.forEach(broadcaster::publish);
    }

    private void refuse(Pending answer) {
        messaging.convertAndSendToUser(answer.sender().getName(), "/queue/errors", new ApiError("not_stored", "value",
                "your answer to '" + answer.answer().stepId() + "' could not be stored; please send it again"));
    }

    private static ApiException unavailable(String message) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "value", message);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "room-answer-writer");
        thread.start();
    }

    /** Stops taking answers and stores those still waiting (never interrupted: H2 closes its file on interrupts). */
    @Override
    public synchronized void stop() {
        running = false;
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!waiting.isEmpty()) {
            LOG.error("{} room answers were still waiting to be stored at shutdown", waiting.size());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
