package nl.samenspraak.room.load;

import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * One room of the load run and its round-by-round state machine (see {@link RoomLoad} for the method).
 * Frames of all sessions arrive on the WebSocket client's I/O threads; everything that reads or changes the
 * room's state holds the room's monitor. Sending happens on the shared scheduler, never on an I/O thread.
 */
final class LoadRoom {

    static final Set<String> ANSWERABLE = Set.of("text", "list", "choice", "multi", "scale", "rank");

    /** One participant of the room: their connection and when they first saw each step. */
    static final class Member {
        final int index;
        final String id;
        final String token;
        volatile StompSession session;
        /** nodeId -> System.nanoTime() of the first view with that step (guarded by the room). */
        final Map<String, Long> firstSeen = new HashMap<>();
        long measuredFrames;

        Member(int index, String id, String token) {
            this.index = index;
            this.id = id;
            this.token = token;
        }
    }

    private enum Phase { IDLE, WARMING_UP, ADVANCING, ANSWERING, DONE }

    /** One step of the measured part: who sent when, and who has seen whose answer (guarded by the room). */
    private static final class Round {
        final int number;
        final String nodeId;
        final long[] sentAt;
        final boolean[][] seen;
        final boolean[] facilitatorSaw;
        final boolean[] rejected;
        int sends;
        int pendingParticipants;
        int pendingFacilitator;

        Round(int number, String nodeId, int n) {
            this.number = number;
            this.nodeId = nodeId;
            sentAt = new long[n];
            seen = new boolean[n][n];
            facilitatorSaw = new boolean[n];
            rejected = new boolean[n];
            pendingParticipants = n * (n - 1);
            pendingFacilitator = n;
        }
    }

    final String id;
    final String joinCode;
    final String topic;
    final String facilitatorBasic;
    final List<Member> members = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();
    volatile StompSession facilitator;

    private final RoomLoad.Options options;
    private final LoadStats stats;
    private final JsonMapper json;
    private final ScheduledExecutorService scheduler;
    final CompletableFuture<Void> warm = new CompletableFuture<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();

    // The state below is guarded by this.
    private Phase phase = Phase.IDLE;
    private String currentNode;
    private JsonNode currentStep;
    private String advancingFrom;
    private long lastControlAt;
    /** nodeId -> when the "next" that led to it was sent (measured part only). */
    private final Map<String, Long> controlSentFor = new LinkedHashMap<>();
    /** The measured rounds by step; frames of a round that timed out are still matched (and count as late). */
    private final Map<String, Round> rounds = new LinkedHashMap<>();
    private Round round;
    private ScheduledFuture<?> timeout;
    private long measuredControls;
    private long measuredAccepted;
    private long facilitatorMeasuredFrames;

    LoadRoom(String id, String joinCode, String facilitatorBasic, RoomLoad.Options options, LoadStats stats,
             JsonMapper json, ScheduledExecutorService scheduler) {
        this.id = id;
        this.facilitatorBasic = facilitatorBasic;
        this.joinCode = joinCode;
        this.topic = "/topic/rooms/" + id;
        this.options = options;
        this.stats = stats;
        this.json = json;
        this.scheduler = scheduler;
    }

    synchronized void add(Member member) {
        members.add(member);
        indexById.put(member.id, member.index);
    }

    // --- subscriptions -------------------------------------------------------------------------------------

    void subscribeParticipant(Member member) {
        member.session.subscribe(topic, handler((headers, payload) -> onParticipantView(member, System.nanoTime(), payload)));
        member.session.subscribe("/user/queue/errors", handler((headers, payload) -> onRefused(member, payload)));
    }

    void subscribeFacilitator() {
        // As the facilitator's console: its own view only, which holds all of the public one and the answers.
        facilitator.subscribe(topic + "/facilitator", handler((headers, payload) -> {
            long arrived = System.nanoTime();
            ViewFrame view = ViewFrame.parse(json, payload);
            onFacilitatorLive(arrived, view);
            onFacilitatorView(view, payload);
        }));
        facilitator.subscribe("/user/queue/errors", handler((headers, payload) -> {
            stats.rejections.incrementAndGet();
            stats.problem("facilitator of room " + id + " refused: " + new String(payload, StandardCharsets.UTF_8));
        }));
    }

    private static StompFrameHandler handler(BiConsumer<StompHeaders, byte[]> consumer) {
        return new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                consumer.accept(headers, (byte[]) payload);
            }
        };
    }

    // --- the driver ----------------------------------------------------------------------------------------

    /**
     * Before measuring: the facilitator presses "next" until the room is at a step that takes answers, and
     * {@link #warm} completes once every participant has received that step (which proves its subscription).
     */
    void warmUp(String nodeId, String type, JsonNode step) {
        synchronized (this) {
            if (ANSWERABLE.contains(type)) {
                currentNode = nodeId;
                currentStep = step;
                phase = Phase.IDLE;
                warm.complete(null);
                return;
            }
            phase = Phase.WARMING_UP;
            advancingFrom = nodeId;
        }
        sendNext();
    }

    /** The measured part: {@code rounds} rounds, the first at the step the warm-up reached. */
    synchronized void start() {
        startRound(currentStep);
    }

    private void startRound(JsonNode step) {
        phase = Phase.ANSWERING;
        currentStep = step;
        currentNode = step.get("nodeId").asString();
        round = new Round(rounds.size() + 1, currentNode, members.size());
        rounds.put(currentNode, round);
        Round thisRound = round;
        for (Member member : members) {
            Object value = answerFor(step, member.index, thisRound.number);
            long delay = options.thinkMillis() <= 0 ? 0 : ThreadLocalRandom.current().nextLong(options.thinkMillis() + 1);
            scheduler.schedule(() -> sendAnswer(member, thisRound, value), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void sendAnswer(Member member, Round thisRound, Object value) {
        synchronized (this) {
            if (round != thisRound || phase != Phase.ANSWERING) {
                return;
            }
            thisRound.sentAt[member.index] = System.nanoTime();
            thisRound.sends++;
            if (thisRound.sends == members.size()) {
                timeout = scheduler.schedule(() -> roundTimedOut(thisRound), options.timeoutMillis(), TimeUnit.MILLISECONDS);
            }
        }
        stats.answersSent.incrementAndGet();
        try {
            member.session.send("/app/rooms/" + id + "/answers", Map.of("nodeId", thisRound.nodeId, "value", value));
        } catch (RuntimeException e) {
            stats.sendFailures.incrementAndGet();
            stats.problem("sending an answer in room " + id + ": " + LoadStats.cause(e));
            synchronized (this) {
                thisRound.rejected[member.index] = true;
            }
        }
    }

    private void sendNext() {
        scheduler.execute(() -> {
            synchronized (this) {
                lastControlAt = System.nanoTime();
                if (stats.measuring) {
                    measuredControls++;
                    stats.controlsSent.incrementAndGet();
                }
            }
            try {
                facilitator.send("/app/rooms/" + id + "/control", Map.of("action", "next"));
            } catch (RuntimeException e) {
                stats.sendFailures.incrementAndGet();
                stats.problem("sending next in room " + id + ": " + LoadStats.cause(e));
            }
        });
    }

    private void roundTimedOut(Round thisRound) {
        synchronized (this) {
            if (round != thisRound || phase != Phase.ANSWERING) {
                return;
            }
            stats.roundsTimedOut.incrementAndGet();
            stats.problem("round timed out", "room " + id + " round " + thisRound.number + " (" + thisRound.nodeId + "): "
                    + thisRound.pendingParticipants + " deliveries to participants and " + thisRound.pendingFacilitator
                    + " to the facilitator not seen " + options.timeoutMillis() + " ms after the last answer was sent");
            endRound();
        }
    }

    private void maybeEndRound(Round r) {
        if (r == round && phase == Phase.ANSWERING && r.sends == members.size()
                && r.pendingParticipants == 0 && r.pendingFacilitator == 0) {
            endRound();
        }
    }

    private void endRound() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
        for (boolean refused : round.rejected) {
            if (!refused) {
                measuredAccepted++;
            }
        }
        stats.roundsCompleted.incrementAndGet();
        if (rounds.size() >= options.rounds()) {
            finish();
            return;
        }
        phase = Phase.ADVANCING;
        advancingFrom = currentNode;
        sendNext();
    }

    private void finish() {
        phase = Phase.DONE;
        done.complete(null);
    }

    // --- what arrives ---------------------------------------------------------------------------------------

    private void onParticipantView(Member member, long arrived, byte[] payload) {
        ViewFrame view = ViewFrame.parse(json, payload);
        synchronized (this) {
            if (stats.measuring) {
                member.measuredFrames++;
                stats.participantFrames.incrementAndGet();
            }
            if (view.nodeId() == null) {
                return;
            }
            member.firstSeen.putIfAbsent(view.nodeId(), arrived);
            if (!warm.isDone() && phase == Phase.IDLE && currentNode != null) {
                checkWarm();
            }
            Round r = rounds.get(view.nodeId());
            if (r == null) {
                return;
            }
            for (String answeredId : view.answered()) {
                Integer from = indexById.get(answeredId);
                if (from == null || from == member.index || r.seen[from][member.index]) {
                    continue;
                }
                r.seen[from][member.index] = true;
                r.pendingParticipants--;
                if (r.sentAt[from] == 0) {
                    stats.deliveriesUnmatched.incrementAndGet(); // shown as answered before it was sent: cannot be
                } else {
                    stats.delivery.add(arrived - r.sentAt[from]);
                }
            }
            maybeEndRound(r);
        }
    }

    private void checkWarm() {
        for (Member m : members) {
            if (!m.firstSeen.containsKey(currentNode)) {
                return;
            }
        }
        warm.complete(null);
    }

    private void onFacilitatorLive(long arrived, ViewFrame view) {
        synchronized (this) {
            if (stats.measuring) {
                facilitatorMeasuredFrames++;
                stats.facilitatorFrames.incrementAndGet();
            }
            Round r = view.nodeId() == null ? null : rounds.get(view.nodeId());
            if (r == null) {
                return;
            }
            for (String answeredId : view.live()) {
                Integer from = indexById.get(answeredId);
                if (from == null || r.facilitatorSaw[from] || r.sentAt[from] == 0) {
                    continue;
                }
                r.facilitatorSaw[from] = true;
                r.pendingFacilitator--;
                stats.facilitatorDelivery.add(arrived - r.sentAt[from]);
            }
            maybeEndRound(r);
        }
    }

    /** The facilitator drives "next": a view with another step than the one it left is the outcome of its "next". */
    private void onFacilitatorView(ViewFrame view, byte[] payload) {
        boolean again = false;
        synchronized (this) {
            if (phase != Phase.ADVANCING && phase != Phase.WARMING_UP || view.nodeId() == null
                    || view.nodeId().equals(advancingFrom)) {
                return;
            }
            if (phase == Phase.ADVANCING) {
                controlSentFor.put(view.nodeId(), lastControlAt);
            }
            if (ANSWERABLE.contains(view.type())) {
                JsonNode step = json.readTree(payload).get("step");
                if (phase == Phase.WARMING_UP) {
                    phase = Phase.IDLE;
                    currentNode = view.nodeId();
                    currentStep = step;
                    checkWarm();
                } else {
                    startRound(step);
                }
            } else if (view.type() == null || view.type().equals("end") || view.type().equals("recap")) {
                stats.roomsEndedEarly.incrementAndGet();
                stats.problem("room " + id + " reached '" + view.type() + "' after " + rounds.size() + " rounds");
                if (phase == Phase.WARMING_UP) {
                    warm.completeExceptionally(new IllegalStateException("no step that takes answers in room " + id));
                }
                finish();
            } else {
                advancingFrom = view.nodeId();
                again = true;
            }
        }
        if (again) {
            sendNext();
        }
    }

    private void onRefused(Member member, byte[] payload) {
        stats.rejections.incrementAndGet();
        stats.problem("answer refused: " + new String(payload, StandardCharsets.UTF_8).replaceAll("'[^']*'", "'..'"),
                "participant " + member.index + " of room " + id + " refused: " + new String(payload, StandardCharsets.UTF_8));
        synchronized (this) {
            if (phase == Phase.ANSWERING && round != null) {
                round.rejected[member.index] = true;
            }
        }
    }

    // --- after the run ---------------------------------------------------------------------------------------

    /** Deliveries never seen, and step-change latencies; call when no more frames are expected. */
    synchronized void collect() {
        int n = members.size();
        for (Round r : rounds.values()) {
            for (int from = 0; from < n; from++) {
                if (r.rejected[from]) {
                    continue; // a refused answer is never shown; counted as refused, not as lost
                }
                stats.deliveriesExpected.addAndGet(n - 1);
                stats.facilitatorExpected.incrementAndGet();
                for (int to = 0; to < n; to++) {
                    if (from != to && !r.seen[from][to]) {
                        stats.deliveriesLost.incrementAndGet();
                    }
                }
                if (!r.facilitatorSaw[from]) {
                    stats.facilitatorLost.incrementAndGet();
                }
            }
        }
        for (Map.Entry<String, Long> control : controlSentFor.entrySet()) {
            for (Member m : members) {
                stats.stepChangesExpected.incrementAndGet();
                Long seenAt = m.firstSeen.get(control.getKey());
                if (seenAt == null) {
                    stats.stepChangesLost.incrementAndGet();
                } else {
                    stats.stepChange.add(seenAt - control.getValue());
                }
            }
        }
    }

    /**
     * The most room views a participant can receive while measuring: one per accepted answer and per "next"
     * (answers that the server stores in one commit share a view, so fewer is normal).
     */
    synchronized long maxFramesPerParticipant() {
        return measuredControls + measuredAccepted;
    }

    /** Whether every measured answer has been seen by everyone it should reach. */
    synchronized boolean allSeen() {
        return rounds.values().stream().allMatch(r -> r.pendingParticipants == 0 && r.pendingFacilitator == 0);
    }

    synchronized long[] framesPerParticipant() {
        return members.stream().mapToLong(m -> m.measuredFrames).toArray();
    }

    synchronized long facilitatorFrames() {
        return facilitatorMeasuredFrames;
    }

    /** The room's state in a line, for a run that got stuck. */
    synchronized String describe() {
        long saw = members.stream().filter(m -> currentNode != null && m.firstSeen.containsKey(currentNode)).count();
        long connected = members.stream().filter(m -> m.session != null && m.session.isConnected()).count();
        return "room " + id + ": phase " + phase + ", step " + currentNode + " (seen by " + saw + " of " + members.size()
                + "), left " + advancingFrom + ", connected " + connected + " participants"
                + (facilitator != null && facilitator.isConnected() ? " and the facilitator" : ", not the facilitator");
    }

    synchronized boolean isDone() {
        return phase == Phase.DONE;
    }

    // --- answers ---------------------------------------------------------------------------------------------

    /** A valid answer of participant {@code p} in round {@code r}, within the step's limits; varied per participant. */
    static Object answerFor(JsonNode step, int p, int r) {
        String type = step.get("type").asString();
        JsonNode limits = step.path("limits");
        List<String> options = new ArrayList<>();
        for (JsonNode option : step.path("options")) {
            options.add(option.get("id").asString());
        }
        switch (type) {
            case "text" -> {
                int minWords = limits.path("minWords").asInt(0);
                int maxWords = limits.path("maxWords").asInt(Integer.MAX_VALUE);
                int maxChars = limits.path("maxChars").asInt(Integer.MAX_VALUE);
                int words = Math.min(maxWords, Math.max(minWords, 14));
                StringBuilder text = new StringBuilder("Deelnemer " + (p + 1) + " in ronde " + r + ":");
                int count = 4;
                while (count < words) {
                    text.append(count % 3 == 0 ? " samen" : count % 3 == 1 ? " werken" : " loont");
                    count++;
                }
                return text.length() <= maxChars ? text.toString() : text.substring(0, maxChars);
            }
            case "list" -> {
                int minItems = limits.path("minItems").asInt(1);
                int maxItems = limits.path("maxItems").asInt(Integer.MAX_VALUE);
                int items = Math.min(maxItems, Math.max(minItems, 2));
                List<String> list = new ArrayList<>();
                for (int i = 1; i <= items; i++) {
                    list.add("Punt " + i + " van deelnemer " + (p + 1));
                }
                return list;
            }
            case "choice" -> {
                return options.get(p % options.size());
            }
            case "multi" -> {
                int min = Math.max(1, limits.path("minSelected").asInt(1));
                int max = Math.min(options.size(), limits.path("maxSelected").asInt(options.size()));
                int count = Math.max(min, Math.min(max, 1 + p % 3));
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    chosen.add(options.get((p + i) % options.size()));
                }
                return chosen;
            }
            case "scale" -> {
                int min = step.path("min").asInt(0);
                int max = step.path("max").asInt(min);
                return min + (p + r) % (max - min + 1);
            }
            case "rank" -> {
                List<String> order = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    order.add(options.get((p + i) % options.size()));
                }
                return order;
            }
            default -> throw new IllegalArgumentException("cannot answer a step of type " + type);
        }
    }
}
