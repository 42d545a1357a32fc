package nl.samenspraak;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate JVM on a data directory, for tests that kill it with SIGKILL (no shutdown
 * hooks, no orderly close of the database) and start it again.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * What a concurrent test class that starts a server locks ({@code @ResourceLock}), so that one server JVM runs at
     * a time beside the test JVM: the two crash tests at once with the other classes, three JVMs busy starting on
     * two cores, made each crash test take about 60 s instead of 20 to 35 and the classes beside them slower too.
     */
    public static final String ONE_AT_A_TIME = "server process";

    /** The argument that gives the server the tests' own dialogues instead of the shipped ones. */
    public static final String TEST_DIALOGUES = "--samenspraak.dialogues.dir="
            + Path.of(TestDialogueIntegrationTest.DIALOGUES).toAbsolutePath();

    /**
     * Flags that make the server JVM start sooner without changing what runs in it: only the client compiler (C1),
     * which compiles quickly, since a server that lives for a few requests never reaches the point where the
     * optimising compiler pays off; and the serial collector, whose one thread does not compete for the two cores
     * with the test JVM the way the default collector's threads do.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * Lets {@code /actuator/health} (open to all) tell when the server is ready for traffic: it answers requests
     * before its start-up runners are done, and one of them creates the facilitator {@code admin}, so a test that
     * logged in as soon as a request was answered could be refused (seen under load, 3 s between the two).
     */
    private static final List<String> READINESS = List.of("--management.health.readinessstate.enabled=true",
            "--management.endpoint.health.show-components=always");

    /** A generous bound, not a measure: on the shared 2-core machine under load a start took 52 s. */
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Set<Integer> RESERVED_PORTS = Set.of(8080, 8097, 8099);

    private final int port;
    private final Path dataDir;
    private final Path log;
    private final List<String> arguments;
    private Process process;

    public ServerProcess(Path workDir, String... arguments) throws IOException {
        this.port = freePort();
        this.dataDir = Files.createDirectories(workDir.resolve("data"));
        this.log = workDir.resolve("server.log");
        this.arguments = List.of(arguments);
    }

    public int port() {
        return port;
    }

    /** Starts the server and waits until it is ready for traffic. */
    public ServerProcess start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m"));
        command.addAll(QUICK_START);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.samenspraak.SamenspraakApplication",
                "--server.port=" + port, "--samenspraak.data-dir=" + dataDir));
        command.addAll(READINESS);
        command.addAll(arguments);
        process = new ProcessBuilder(command).directory(Path.of(System.getProperty("user.dir")).toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady();
        return this;
    }

    /** SIGKILL, and wait until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed server did not stop");
        }
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** Until the health endpoint reports the server ready for traffic: started, and its start-up runners done. */
    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped with exit code " + process.exitValue() + "\n" + log());
            }
            try {
                HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                JsonNode readiness = response.statusCode() == 200
                        ? ApiClient.JSON.readTree(response.body()).at("/components/readinessState/status") : null;
                if (readiness != null && readiness.isString() && readiness.stringValue().equals("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server was not ready for traffic within " + STARTUP + "\n" + log());
    }

    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                if (!RESERVED_PORTS.contains(port)) {
                    return port;
                }
            }
        }
    }
}
