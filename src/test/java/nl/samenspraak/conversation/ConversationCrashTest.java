package nl.samenspraak.conversation;

import nl.samenspraak.ApiClient;
import nl.samenspraak.ApiClient.Started;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer the server acknowledged with 200 survives a crash: the server runs as a separate JVM, is killed
 * with SIGKILL (no shutdown hooks, no orderly close of the database) right after the last answer, and is
 * started again on the same data directory. Not an {@code IntegrationTest}: killing the shared application
 * would end it for every other test.
 */
class ConversationCrashTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Set<Integer> RESERVED_PORTS = Set.of(8080, 8097, 8099);

    @TempDir
    Path tempDir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledgedAnswersSurviveAKilledServer() throws Throwable {
        Path dataDir = Files.createDirectory(tempDir.resolve("data"));
        Path log = tempDir.resolve("server.log");
        try {
            int port = freePort();
            ApiClient api = new ApiClient(port);
            Process first = startServer(port, dataDir, log);
            awaitReady(first, api, log);

            Started c = api.start("brengen-halen", "en", "Ann", "Gemeente Zeist");
            Map<String, Object> acknowledged = new LinkedHashMap<>();
            JsonNode step = c.step();
            step = answer(api, c, step, null, acknowledged);                                  // welcome
            step = answer(api, c, step, "Samen zorgen dat ouderen prettig in de wijk blijven wonen, ook als ze "
                    + "meer hulp nodig hebben", acknowledged);                                   // shared-view
            step = answer(api, c, step, null, acknowledged);                                  // interests-intro
            step = answer(api, c, step, "Minder wachttijd voor een passende woning en eerder zicht op wie hulp "
                    + "nodig heeft in de wijk", acknowledged);                                   // interest-organisation
            step = answer(api, c, step, "Laten zien dat het anders kan, zonder weer een overleg erbij", acknowledged);
            step = answer(api, c, step, "Dat iedereen in het dorp oud kan worden met de hulp die daarbij past",
                    acknowledged);                                                               // interest-shared
            step = answer(api, c, step, "overarching", acknowledged);                        // interest-kind
            assertThat(step.get("nodeId").asString()).isEqualTo("interest-kind-why");
            // the last acknowledged answer is a short one: the server keeps the step and asks its probe
            JsonNode lastStep = answer(api, c, step, "Gedeelde zorg", acknowledged);
            assertThat(lastStep.get("nodeId").asString()).isEqualTo("interest-kind-why");
            assertThat(lastStep.has("probe")).isTrue();

            first.destroyForcibly();
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).as("the killed server is gone").isTrue();

            Process second = startServer(port, dataDir, log);
            awaitReady(second, api, log);
            JsonNode view = api.view(c);

            assertThat(view.get("step")).as("the same current step, probe and prefilled answer").isEqualTo(lastStep);
            assertThat(view.get("status").asString()).isEqualTo("active");
            Map<String, Object> stored = new LinkedHashMap<>();
            view.get("answers").forEach(a -> stored.put(a.get("nodeId").asString(),
                    ApiClient.JSON.treeToValue(a.get("value"), Object.class)));
            assertThat(stored).as("every acknowledged answer, in order").containsExactlyEntriesOf(acknowledged);
            assertThat(view.get("answers").get(2).get("nodeId").asString()).isEqualTo("interest-personal");
            assertThat(view.get("answers").get(2).get("visibility").asString()).isEqualTo("private");

            // the restarted server carries on where the killed one stopped
            JsonNode next = api.answerOk(c, "interest-kind-why", "Gedeelde zorg om wachtlijsten");
            assertThat(next.get("nodeId").asString()).isEqualTo("how-question");
        } catch (Throwable failure) {
            System.out.println("---- server output (" + log + ") ----");
            System.out.println(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)");
            throw failure;
        }
    }

    /** Answers the given step (a value only for question steps) and records what was acknowledged. */
    private static JsonNode answer(ApiClient api, Started c, JsonNode step, Object value, Map<String, Object> acknowledged) {
        String nodeId = step.get("nodeId").asString();
        JsonNode next = api.answerOk(c, nodeId, value);
        if (value != null) {
            acknowledged.put(nodeId, value);
        }
        return next;
    }

    private Process startServer(int port, Path dataDir, Path log) throws IOException {
        Path projectDir = Path.of(System.getProperty("user.dir"));
        assertThat(projectDir.resolve("dialogues")).as("the tests run in the project directory").isDirectory();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp", System.getProperty("java.class.path"),
                "nl.samenspraak.SamenspraakApplication",
                "--server.port=" + port,
                "--samenspraak.data-dir=" + dataDir)
                .directory(projectDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static void awaitReady(Process process, ApiClient api, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped with exit code " + process.exitValue() + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                if (api.get("/api/dialogues", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not answer GET /api/dialogues within " + STARTUP + "\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                int port = socket.getLocalPort();
                if (!RESERVED_PORTS.contains(port)) {
                    return port;
                }
            }
        }
    }
}
