package nl.samenspraak.room;

import nl.samenspraak.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room goes on where it was after its server is killed mid-session and started again. Not an
 * {@code IntegrationTest}: the server it kills is a process of its own ({@link ServerProcess}) on a data
 * directory of its own, not the shared application. The room runs the test dialogue {@code proefspanningen}, so
 * that a reworded shipped question does not break it.
 *
 * <p>Concurrent: most of its time goes to waiting for its own server JVM to start, which may overlap with the
 * other test classes (see {@code junit-platform.properties}), but not with the other crash test's server.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ServerProcess.ONE_AT_A_TIME)
class RoomCrashTest {

    private static final String PASSWORD = "room-crash-password-1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path workDir;

    @Test
    void aRoomSurvivesAKilledServer() throws Exception {
        try (ServerProcess server = new ServerProcess(workDir, ServerProcess.TEST_DIALOGUES, "--samenspraak.admin-password=" + PASSWORD)) {
            try {
                server.start();
                RoomHttp http = new RoomHttp(server.port());
                String basic = RoomHttp.basic(PASSWORD);
                String collaboration = http.post("/api/collaborations", basic, Map.of("name", "Doorstart")).get("id").asString();
                JsonNode room = http.post("/api/collaborations/" + collaboration + "/rooms", basic, Map.of("dialogueId", "proefspanningen"));
                String roomId = room.get("id").asString();
                String topic = "/topic/rooms/" + roomId;
                JsonNode anna = http.post("/api/rooms/join", null, Map.of("joinCode", room.get("joinCode").asString(), "name", "Anna"));
                JsonNode bert = http.post("/api/rooms/join", null, Map.of("joinCode", room.get("joinCode").asString(), "name", "Bert"));

                JsonNode multi;
                try (StompTestClient facilitator = new StompTestClient().connect(server.port(), basic);
                     StompTestClient a = new StompTestClient().connect(server.port(), RoomHttp.bearer(anna));
                     StompTestClient b = new StompTestClient().connect(server.port(), RoomHttp.bearer(bert))) {
                    a.subscribe(topic);
                    Thread.sleep(200);
                    for (int i = 0; i < 3; i++) {
                        facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
                    }
                    multi = a.await(topic, v -> v.get("step").get("type").asString().equals("multi"), WAIT);
                    String stepId = multi.get("step").get("nodeId").asString();
                    a.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", stepId, "value", List.of("klein-of-groot")));
                    b.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", stepId, "value", List.of("klein-of-groot", "dicht-of-open")));
                    a.await(topic, v -> v.get("answered").asInt() == 2, WAIT);
                }
                server.kill();
                server.start();

                JsonNode after = http.get("/api/rooms/" + roomId, basic);
                assertThat(after.get("step")).isEqualTo(multi.get("step"));
                assertThat(after.get("answered").asInt()).isEqualTo(2);
                assertThat(after.get("live").toString()).contains("Anna").contains("dicht-of-open");
                assertThat(http.get("/api/rooms/" + roomId, RoomHttp.bearer(bert)).get("me").get("answer").size()).isEqualTo(2);

                try (StompTestClient facilitator = new StompTestClient().connect(server.port(), basic);
                     StompTestClient a = new StompTestClient().connect(server.port(), RoomHttp.bearer(anna))) {
                    a.subscribe(topic);
                    Thread.sleep(200);
                    facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "reveal"));
                    JsonNode revealed = a.await(topic, v -> v.has("revealed"), WAIT).get("revealed");
                    assertThat(revealed.get("tally").toString()).contains("klein-of-groot");
                    facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
                    JsonNode next = a.await(topic, v -> v.get("step").get("type").asString().equals("scale"), WAIT);
                    assertThat(next.get("step").get("nodeId").asString()).isEqualTo("stand@klein-of-groot");
                }
            } catch (Throwable failure) {
                System.out.println("---- server output ----\n" + server.log());
                throw failure;
            }
        }
    }
}
