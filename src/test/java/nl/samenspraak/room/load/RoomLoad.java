package nl.samenspraak.room.load;

import com.sun.management.OperatingSystemMXBean;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A load run of live group sessions against a running server, over real WebSockets: R rooms of P
 * participants each answer a few steps, and the run prints how long an answer takes to reach the others, what
 * got lost, and the server's memory. A benchmark, not a test: it asserts nothing, it measures.
 *
 * <h2>Running it</h2>
 * The server must allow many joins from one address and many messages per participant, or the run measures
 * the rate limits ({@code 429} on join, "SEND refused: too many messages"):
 * <pre>
 * ./mvnw -q -DskipTests package
 * java -Xmx1g -jar target/samenspraak.jar --server.port=8095 --samenspraak.data-dir=/tmp/load-data \
 *      --samenspraak.admin-password=load-test-pass-1 \
 *      --samenspraak.access.joins-per-address=100000 --samenspraak.access.room-messages-per-minute=100000
 * ./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *      -Dexec.args="-Xmx1g -cp %classpath nl.samenspraak.room.load.RoomLoad --url http://localhost:8095 \
 *                   --rooms 200 --participants 10 --password load-test-pass-1"
 * </pre>
 * ({@code exec:exec} runs the tool in a JVM of its own, so the client heap it reports is its own and not Maven's.)
 * <p>
 * Options (defaults in brackets): {@code --url} [http://localhost:8080], {@code --rooms} [200],
 * {@code --participants} [10], {@code --rounds} [3] (answers per participant, one step each),
 * {@code --user} [admin], {@code --password} [$SAMENSPRAAK_ADMIN_PASSWORD], {@code --dialogue} [paradoxen],
 * {@code --language} [nl], {@code --think-ms} [5000] (each participant answers at a uniformly random moment
 * within this time after the step appears), {@code --timeout-ms} [5000], {@code --connect-concurrency} [8],
 * {@code --facilitators} [shared]: {@code shared} opens every room as {@code --user} (one facilitator with a
 * STOMP session per room), {@code per-room} creates a facilitator account per room
 * ({@code POST /api/facilitators}), as when every room has its own facilitator.
 *
 * <h2>What it does</h2>
 * <ol>
 * <li>Setup (not measured): over HTTP (java.net.http, facilitator with HTTP Basic) it creates a collaboration
 * and opens R rooms; P participants join each room ({@code POST /api/rooms/join}). Every participant connects
 * over STOMP at {@code /ws} with {@code Authorization: Bearer <token>} and subscribes to
 * {@code /topic/rooms/{id}} and {@code /user/queue/errors}; per room one facilitator session connects with
 * {@code Authorization: Basic} and subscribes to the topic, to its own view {@code /topic/rooms/{id}/facilitator} and
 * to its errors: what the browser pages subscribe to.</li>
 * <li>Warm-up (not measured): in each room the facilitator sends {@code /app/rooms/{id}/control {action: next}}
 * until the step takes answers (text, list, choice, multi, scale, rank; for paradoxen the {@code paradoxes}
 * multi step); the warm-up ends when every participant has received that step, which also proves that every
 * subscription is live. One second of quiet follows.</li>
 * <li>Measured: each room plays {@code --rounds} rounds. A round is one step: every participant sends one
 * valid answer ({@code /app/rooms/{id}/answers {nodeId, value}}) at a random moment within {@code --think-ms},
 * so the answers of a room overlap as in a real session. The round ends when every answer has been seen by
 * everyone (below), or {@code --timeout-ms} after the room's last answer was sent; then the facilitator sends
 * "next" (again over steps that take no answer) and the next round starts at the new step. Rooms run
 * independently and all at once; the offered load is about R x P / ({@code --think-ms} + latency) answers a
 * second (200 x 10 with 5 s: up to 400 a second, far more than real sessions, where a step takes minutes).</li>
 * </ol>
 *
 * <h2>How latency and loss are measured</h2>
 * Every answer is observable: each round is a fresh step, and the public room view lists per participant
 * whether they {@code answered} the current step, so a participant's (only) answer at a step is what turns
 * their flag on. For the answer of participant A, the send time is {@code System.nanoTime()} taken just before
 * the SEND frame is written; its arrival at participant B is the arrival time of the first room view B
 * receives that is at this step and shows A as answered (taken when the frame reaches the subscription
 * handler, before parsing). Send and arrival are timed in the same JVM, so no clocks need to agree. This is
 * the moment B's screen could show "A answered"; when the view made for A's answer is late but an overlapping
 * later one already shows A, the earlier arrival counts, as it does for the person looking. Each answer gives
 * P-1 such deliveries, and one to the facilitator, whose own view lists the answers ({@code live}) as they
 * arrive. A delivery is <b>late</b> when it took longer than {@code --timeout-ms}, and <b>never</b> when no
 * view at that step ever showed the answer (for instance because the room had moved on before the server
 * published it); lost = late + never. Latencies are printed as nearest-rank percentiles over all deliveries.
 * The facilitator's "next" is timed the same way: from sending it to each participant's first view of the new
 * step.
 * <p>
 * Apart from that, whole frames are counted: the server publishes at most one room view per accepted answer
 * and per "next" (answers it stores in one commit share one view), so a participant receiving more than
 * (accepted answers + nexts of its room) views is reported as extra views.
 * <p>
 * The load tool shares the machine with the server: on a 2-core machine both compete for the same cores,
 * which the figures include. The run prints the CPU time of the server (actuator {@code process.cpu.time}),
 * of itself and of the whole machine ({@code /proc/stat}) while measuring, so that other work on the machine
 * shows. It keeps its own share small: one STOMP client on the standard (Tomcat) WebSocket client, one
 * scheduler thread for heartbeats and all sending, and a streaming parse of the few fields it needs from each
 * view. One thread, because the WebSocket client allows one write at a time per connection: with two, a
 * heartbeat and an answer on the same connection sometimes overlapped ("remote endpoint in state
 * TEXT_PARTIAL_WRITING") and the answer was lost on the client's side.
 */
public final class RoomLoad {

    /** The command-line options. */
    record Options(URI url, int rooms, int participants, int rounds, String user, String password, String dialogue,
                   String language, long thinkMillis, long timeoutMillis, int connectConcurrency, boolean facilitatorPerRoom) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    throw new IllegalArgumentException("help");
                }
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                }
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    values.put(arg.substring(2, eq), arg.substring(eq + 1));
                } else if (i + 1 < args.length) {
                    values.put(arg.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("no value for " + arg);
                }
            }
            String password = values.getOrDefault("password", System.getenv("SAMENSPRAAK_ADMIN_PASSWORD"));
            Options options = new Options(URI.create(values.getOrDefault("url", "http://localhost:8080")),
                    Integer.parseInt(values.getOrDefault("rooms", "200")),
                    Integer.parseInt(values.getOrDefault("participants", "10")),
                    Integer.parseInt(values.getOrDefault("rounds", "3")),
                    values.getOrDefault("user", "admin"), password,
                    values.getOrDefault("dialogue", "paradoxen"), values.getOrDefault("language", "nl"),
                    Long.parseLong(values.getOrDefault("think-ms", "5000")),
                    Long.parseLong(values.getOrDefault("timeout-ms", "5000")),
                    Integer.parseInt(values.getOrDefault("connect-concurrency", "8")),
                    switch (values.getOrDefault("facilitators", "shared")) {
                        case "shared" -> false;
                        case "per-room" -> true;
                        default -> throw new IllegalArgumentException("--facilitators is 'shared' or 'per-room'");
                    });
            values.keySet().removeAll(List.of("url", "rooms", "participants", "rounds", "user", "password", "dialogue",
                    "language", "think-ms", "timeout-ms", "connect-concurrency", "facilitators"));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): " + values.keySet());
            }
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("--password is required (or SAMENSPRAAK_ADMIN_PASSWORD)");
            }
            if (options.rooms < 1 || options.participants < 2 || options.rounds < 1) {
                throw new IllegalArgumentException("need --rooms >= 1, --participants >= 2, --rounds >= 1");
            }
            return options;
        }

        String ws() {
            return url.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws";
        }
    }

    private static final String USAGE = """
            usage: RoomLoad --password <facilitator password> [--url http://localhost:8080] [--rooms 200]
                            [--participants 10] [--rounds 3] [--user admin] [--dialogue paradoxen] [--language nl]
                            [--think-ms 5000] [--timeout-ms 5000] [--connect-concurrency 8] [--facilitators shared|per-room]
            The server must run with higher limits, e.g.
              --samenspraak.access.joins-per-address=100000 --samenspraak.access.room-messages-per-minute=100000""";

    private final Options options;
    private final JsonMapper json = JsonMapper.builder().build();
    private final LoadStats stats = new LoadStats();
    private final LoadHttp http;
    private volatile boolean closing;

    private RoomLoad(Options options) {
        this.options = options;
        this.http = new LoadHttp(options.url(), options.user(), options.password(), json);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().equals("help") ? USAGE : e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new RoomLoad(options).run();
        } catch (LoadHttp.HttpFailure e) {
            System.err.println("FAILED: " + e.getMessage());
            if (e.status == 429) {
                System.err.println("The server's rate limits stop the run; start it with "
                        + "--samenspraak.access.joins-per-address=100000 --samenspraak.access.room-messages-per-minute=100000");
            }
            status = 3;
        }
        System.out.flush();
        System.exit(status);
    }

    private int run() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Samenspraak room load: %d rooms x %d participants, %d rounds (answers per "
                        + "participant), think time 0-%d ms, timeout %d ms, dialogue %s, against %s%n",
                options.rooms(), options.participants(), options.rounds(), options.thinkMillis(), options.timeoutMillis(),
                options.dialogue(), options.url());
        System.out.println(options.facilitatorPerRoom() ? "Every room has a facilitator account of its own."
                : "All rooms belong to the one facilitator '" + options.user() + "' (one STOMP session per room).");
        System.out.printf(Locale.ROOT, "The client runs on the same machine as the server (%d cores here) and shares "
                + "its CPU; its own CPU time is shown below.%n", cores);
        ServerMemory before = ServerMemory.read(http);
        ServerQueues queues = new ServerQueues(http);

        // --- setup over HTTP ---
        long setupStart = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String shared = options.facilitatorPerRoom() ? null : http.post("/api/collaborations", http.basic,
                Map.of("name", "Load run " + run)).get("id").asString();
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("load-");
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.initialize();
        List<LoadRoom> rooms = parallel(4, options.rooms(), i -> {
            String basic = http.basic;
            String collaboration = shared;
            if (options.facilitatorPerRoom()) {
                // as in real use, every room has a facilitator of its own (with a collaboration of their own)
                String username = "load-" + run + "-" + i;
                String password = "load-password-" + run + "-" + i;
                http.post("/api/facilitators", http.basic, Map.of("username", username, "password", password));
                basic = LoadHttp.basic(username, password);
                collaboration = http.post("/api/collaborations", basic, Map.of("name", "Load run " + run + " room " + i))
                        .get("id").asString();
            }
            JsonNode opened = http.post("/api/collaborations/" + collaboration + "/rooms", basic,
                    Map.of("dialogueId", options.dialogue(), "language", options.language()));
            return new LoadRoom(opened.get("id").asString(), opened.get("joinCode").asString(), basic, options, stats,
                    json, scheduler.getScheduledExecutor());
        });
        long opened = System.nanoTime();
        progress("opened %d rooms in %.1f s", rooms.size(), seconds(opened - setupStart));
        List<LoadRoom.Member> joined = parallel(8, options.rooms() * options.participants(), i -> {
            LoadRoom room = rooms.get(i / options.participants());
            int index = i % options.participants();
            JsonNode member = http.post("/api/rooms/join", null,
                    Map.of("joinCode", room.joinCode, "name", "Deelnemer " + (index + 1), "organisation", "Load " + (i / options.participants())));
            return new LoadRoom.Member(index, member.get("participantId").asString(), member.get("token").asString());
        });
        for (int i = 0; i < joined.size(); i++) {
            rooms.get(i / options.participants()).add(joined.get(i));
        }
        long joinedAt = System.nanoTime();
        progress("joined %d participants in %.1f s", joined.size(), seconds(joinedAt - opened));

        // --- STOMP connections ---
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        // Tomcat allocates both buffers for every session up front; room views are text frames of a few KB
        container.setDefaultMaxTextMessageBufferSize(32 * 1024);
        container.setDefaultMaxBinaryMessageBufferSize(8 * 1024);
        StandardWebSocketClient webSocket = new StandardWebSocketClient(container);
        ThreadPoolTaskExecutor connector = new ThreadPoolTaskExecutor();
        connector.setCorePoolSize(options.connectConcurrency());
        connector.setMaxPoolSize(options.connectConcurrency());
        connector.setThreadNamePrefix("connect-");
        connector.initialize();
        webSocket.setTaskExecutor(connector);
        WebSocketStompClient stomp = new WebSocketStompClient(webSocket);
        stomp.setMessageConverter(new JacksonJsonMessageConverter());
        stomp.setTaskScheduler(scheduler); // heartbeats 10 s both ways, as the browser client does
        stomp.setInboundMessageSizeLimit(64 * 1024);

        List<CompletableFuture<StompSession>> facilitators = new ArrayList<>();
        for (LoadRoom room : rooms) {
            facilitators.add(connect(stomp, room.facilitatorBasic, "facilitator of room " + room.id));
        }
        for (int i = 0; i < rooms.size(); i++) {
            rooms.get(i).facilitator = facilitators.get(i).get(120, TimeUnit.SECONDS);
            rooms.get(i).subscribeFacilitator();
        }
        progress("connected %d facilitator sessions in %.1f s", rooms.size(), seconds(System.nanoTime() - joinedAt));
        List<CompletableFuture<StompSession>> sessions = new ArrayList<>();
        for (LoadRoom room : rooms) {
            for (LoadRoom.Member member : room.members) {
                sessions.add(connect(stomp, "Bearer " + member.token, "participant " + member.index + " of room " + room.id));
            }
        }
        int s = 0;
        for (LoadRoom room : rooms) {
            for (LoadRoom.Member member : room.members) {
                member.session = sessions.get(s++).get(120, TimeUnit.SECONDS);
                room.subscribeParticipant(member);
            }
        }
        long connected = System.nanoTime();
        progress("connected %d participant sessions, %d in all, in %.1f s", joined.size(), joined.size() + rooms.size(),
                seconds(connected - joinedAt));
        Thread.sleep(1000); // SUBSCRIBE is asynchronous; the warm-up below checks that every subscription works

        // --- warm-up: move every room to a step that takes answers ---
        for (LoadRoom room : rooms) {
            JsonNode view = http.get("/api/rooms/" + room.id, "Bearer " + room.members.get(0).token);
            JsonNode step = view.get("step");
            room.warmUp(step.get("nodeId").asString(), step.get("type").asString(), step);
        }
        List<LoadRoom> cold = new ArrayList<>();
        long warmDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (LoadRoom room : rooms) {
            try {
                room.warm.get(Math.max(1, warmDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                cold.add(room);
            }
        }
        if (!cold.isEmpty()) {
            System.out.println("FAILED: after 120 s the warm-up had not reached every participant in " + cold.size()
                    + " of " + rooms.size() + " rooms, e.g.");
            cold.stream().limit(5).forEach(room -> System.out.println("    " + room.describe()));
            queues.measuring(true);
            queues.report().forEach(System.out::println);
            printProblems();
            return 1;
        }
        long warmedUp = System.nanoTime();
        progress("warm-up (every room at a step that takes answers, seen by all) in %.1f s",
                seconds(warmedUp - connected - 1_000_000_000L));
        ServerMemory afterSetup = ServerMemory.read(http);
        Thread.sleep(1000);

        // --- measured rounds ---
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double serverCpuStart = http.metric("process.cpu.time", null);
        long clientCpuStart = os.getProcessCpuTime();
        MachineCpu machineStart = MachineCpu.read();
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        stats.measuring = true;
        queues.measuring(true);
        rooms.forEach(LoadRoom::start);
        long budget = options.rounds() * (options.thinkMillis() + options.timeoutMillis() + 30_000) + 60_000;
        for (LoadRoom room : rooms) {
            long left = budget - (System.nanoTime() - start) / 1_000_000;
            try {
                room.done.get(Math.max(1, left), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                stats.problem("room " + room.id + " did not finish within " + budget + " ms");
            }
        }
        long end = System.nanoTime();
        queues.measuring(false);
        Instant endedAt = Instant.now();
        long clientCpuEnd = os.getProcessCpuTime();
        MachineCpu machineEnd = MachineCpu.read();
        String loadAverage = MachineCpu.loadAverage();
        // Views may still be on their way (late ones): wait until every answer has been seen by everyone, or
        // no view arrived for --timeout-ms (at most 2 minutes).
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        long settleLimit = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < settleLimit && !rooms.stream().allMatch(LoadRoom::allSeen)) {
            long count = stats.participantFrames.get();
            if (count != lastCount) {
                lastCount = count;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > options.timeoutMillis() * 1_000_000L) {
                break;
            }
            Thread.sleep(50);
        }
        stats.measuring = false;
        double serverCpuEnd = http.metric("process.cpu.time", null);
        rooms.forEach(LoadRoom::collect);
        long maxFrames = 0;
        long extraFrames = 0;
        long facilitatorMaxFrames = 0;
        long facilitatorExtra = 0;
        for (LoadRoom room : rooms) {
            long most = room.maxFramesPerParticipant();
            for (long got : room.framesPerParticipant()) {
                maxFrames += most;
                extraFrames += Math.max(0, got - most);
            }
            facilitatorMaxFrames += most;
            facilitatorExtra += Math.max(0, room.facilitatorFrames() - most);
        }
        ServerMemory after = ServerMemory.read(http);

        // --- report ---
        double wall = seconds(end - start);
        MemoryUsage clientHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        int clientThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        System.gc();
        MemoryUsage clientHeapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long answers = stats.answersSent.get();
        System.out.println();
        System.out.printf(Locale.ROOT, "measured %s .. %s (%.1f s): rooms %d, participants %d (%d per room), facilitator "
                        + "sessions %d; rounds completed %d of %d (%d timed out, %d rooms ran out of steps)%n",
                startedAt, endedAt, wall, rooms.size(), joined.size(), options.participants(), rooms.size(),
                stats.roundsCompleted.get(), (long) rooms.size() * options.rounds(), stats.roundsTimedOut.get(),
                stats.roomsEndedEarly.get());
        System.out.printf(Locale.ROOT, "answers sent %d, refused by the server %d, send failures %d; facilitator "
                        + "\"next\" sent %d%n", answers, stats.rejections.get(), stats.sendFailures.get(), stats.controlsSent.get());
        long timeoutNanos = options.timeoutMillis() * 1_000_000L;
        long late = stats.delivery.countAbove(timeoutNanos);
        long facilitatorLate = stats.facilitatorDelivery.countAbove(timeoutNanos);
        System.out.printf(Locale.ROOT, "answer -> other participants: expected %d, within %d ms %d, late %d, never %d%n",
                stats.deliveriesExpected.get(), options.timeoutMillis(), stats.delivery.size() - late, late,
                stats.deliveriesLost.get());
        System.out.println("    latency " + stats.delivery.summary());
        System.out.printf(Locale.ROOT, "answer -> facilitator's live view: expected %d, within %d ms %d, late %d, never %d%n",
                stats.facilitatorExpected.get(), options.timeoutMillis(), stats.facilitatorDelivery.size() - facilitatorLate,
                facilitatorLate, stats.facilitatorLost.get());
        System.out.println("    latency " + stats.facilitatorDelivery.summary());
        System.out.printf(Locale.ROOT, "facilitator next -> participants see the new step: expected %d, received %d, "
                        + "lost %d%n", stats.stepChangesExpected.get(), stats.stepChange.size(), stats.stepChangesLost.get());
        System.out.println("    latency " + stats.stepChange.summary());
        System.out.printf(Locale.ROOT, "room views (broadcast frames) at participants: received %d of at most %d (answers "
                        + "stored in one commit share a view), extra %d; at facilitators: received %d of at most %d, extra %d%n",
                stats.participantFrames.get(), maxFrames, extraFrames, stats.facilitatorFrames.get(), facilitatorMaxFrames,
                facilitatorExtra);
        System.out.printf(Locale.ROOT, "throughput: %.0f answers/s, %.0f room views/s delivered to participants "
                        + "(+ %.0f/s facilitator views)%n", answers / wall, stats.participantFrames.get() / wall,
                stats.facilitatorFrames.get() / wall);
        double clientCpu = (clientCpuEnd - clientCpuStart) / 1e9;
        double serverCpu = (serverCpuEnd - serverCpuStart) / 1e9;
        double machineBusy = machineEnd == null || machineStart == null ? Double.NaN : machineEnd.busySince(machineStart);
        System.out.printf(Locale.ROOT, "CPU while measuring, of %.1f core-s (%d cores): server %s, this client %.1f s, "
                        + "whole machine %s busy (so other processes %s); load average %s%n",
                cores * wall, cores, Double.isNaN(serverCpu) ? "n/a" : String.format(Locale.ROOT, "%.1f s", serverCpu),
                clientCpu, Double.isNaN(machineBusy) ? "n/a" : String.format(Locale.ROOT, "%.1f s", machineBusy),
                Double.isNaN(machineBusy) || Double.isNaN(serverCpu) ? "n/a"
                        : String.format(Locale.ROOT, "%.1f s", Math.max(0, machineBusy - serverCpu - clientCpu)), loadAverage);
        if (answers > 0 && !Double.isNaN(serverCpu)) {
            System.out.printf(Locale.ROOT, "server CPU per answer (its broadcast included): %.1f ms%n", serverCpu * 1000 / answers);
        }
        queues.report().forEach(System.out::println);
        queues.close();
        System.out.println("server heap (used / committed MB; live = old generation after the last GC):");
        System.out.println("    before:      " + before);
        System.out.println("    after setup: " + afterSetup);
        System.out.println("    after run:   " + after);
        System.out.printf(Locale.ROOT, "client heap: used %.0f / committed %.0f MB (after GC %.0f MB), %d threads%n",
                mb(clientHeap.getUsed()), mb(clientHeap.getCommitted()), mb(clientHeapAfterGc.getUsed()), clientThreads);
        System.out.printf(Locale.ROOT, "errors: transport %d, STOMP ERROR frames %d, unmatched %d%n",
                stats.transportErrors.get(), stats.stompErrors.get(), stats.deliveriesUnmatched.get());
        printProblems();
        long p99 = stats.delivery.percentileNanos(0.99);
        long lost = late + stats.deliveriesLost.get() + facilitatorLate + stats.facilitatorLost.get();
        boolean ok = lost == 0 && extraFrames == 0 && facilitatorExtra == 0 && stats.transportErrors.get() == 0
                && stats.rejections.get() == 0
                && p99 >= 0 && p99 < 100_000_000L;
        System.out.printf(Locale.ROOT, "RESULT %s: p99 %s ms (aim < 100), lost %d (aim 0: deliveries to participants and "
                + "facilitators not within %d ms)%n", ok ? "OK" : "NOT MET", LoadStats.ms(p99), lost,
                options.timeoutMillis());

        // --- close ---
        closing = true;
        for (LoadRoom room : rooms) {
            for (LoadRoom.Member member : room.members) {
                disconnect(member.session);
            }
            disconnect(room.facilitator);
        }
        stomp.stop();
        scheduler.shutdown();
        connector.shutdown();
        return 0; // the run completed; whether it met the aim is the RESULT line
    }

    private static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "  .. " + format + "%n", args);
    }

    private void printProblems() {
        for (String problem : stats.problems()) {
            System.out.println("  ! " + problem);
        }
    }

    private CompletableFuture<StompSession> connect(WebSocketStompClient stomp, String authorization, String who) {
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", authorization);
        return stomp.connectAsync(options.ws(), new WebSocketHttpHeaders(), connect, new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                stats.stompErrors.incrementAndGet();
                stats.problem("ERROR frame: " + headers.getFirst("message"), "ERROR frame to " + who + ": " + headers.getFirst("message"));
            }

            @Override
            public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                                        byte[] payload, Throwable exception) {
                stats.problem("handling a frame for " + who + ": " + exception);
            }

            @Override
            public void handleTransportError(StompSession session, Throwable exception) {
                if (!closing) {
                    stats.transportErrors.incrementAndGet();
                    stats.problem("transport error: " + exception.getClass().getSimpleName() + ": "
                            + String.valueOf(exception.getMessage()).replaceAll("id=.*", "id=.."), "transport error of " + who + ": " + exception);
                }
            }
        });
    }

    private static void disconnect(StompSession session) {
        try {
            if (session != null && session.isConnected()) {
                session.disconnect();
            }
        } catch (RuntimeException ignored) {
            // closing anyway
        }
    }

    private interface Indexed<T> {
        T call(int index) throws Exception;
    }

    /** Runs count calls on a few threads, returning the results in order; the first failure ends the run. */
    private static <T> List<T> parallel(int threads, int count, Indexed<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> call.call(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double mb(double bytes) {
        return bytes / (1024 * 1024);
    }

    /** The whole machine's CPU time from /proc/stat (Linux), to see what else ran during the measurement. */
    private record MachineCpu(long busyJiffies) {

        static MachineCpu read() {
            try {
                String[] cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < cpu.length && i <= 8; i++) {
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += Long.parseLong(cpu[i]);
                    }
                }
                return new MachineCpu(busy);
            } catch (Exception e) {
                return null;
            }
        }

        double busySince(MachineCpu earlier) {
            return (busyJiffies - earlier.busyJiffies) / 100.0; // USER_HZ is 100 on Linux
        }

        static String loadAverage() {
            try {
                String[] load = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
                return load[0] + " " + load[1] + " " + load[2];
            } catch (Exception e) {
                return "n/a";
            }
        }
    }

    /** The server's heap from its actuator. */
    private record ServerMemory(double used, double committed, double live, double threads) {

        static ServerMemory read(LoadHttp http) {
            return new ServerMemory(http.metric("jvm.memory.used", "area:heap"), http.metric("jvm.memory.committed", "area:heap"),
                    http.metric("jvm.gc.live.data.size", null), http.metric("jvm.threads.live", null));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f / %.0f MB, live %.0f MB, %.0f threads", mb(used), mb(committed), mb(live), threads);
        }
    }
}
