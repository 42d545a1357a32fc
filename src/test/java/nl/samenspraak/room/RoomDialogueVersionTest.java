package nl.samenspraak.room;

import nl.samenspraak.RestartedApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dialogue's file changes under a room in session: the application runs version 1 of a test dialogue
 * ({@code src/test/resources/dialogue-versions/}), the room goes to the node {@code third}, the application
 * stops, the file is replaced by version 2 (without {@code third}) and it starts again on the same database.
 */
class RoomDialogueVersionTest {

    private static final Path VERSIONS = Path.of("src/test/resources/dialogue-versions");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tempDir;

    @Test
    void aRoomOnAChangedDialogueGoesOnWhereItsNodesStillExistAndSaysSo() throws Exception {
        Path dialogues = Files.createDirectory(tempDir.resolve("dialogues"));
        Path data = Files.createDirectory(tempDir.resolve("data"));
        Files.copy(VERSIONS.resolve("versie-1.yaml"), dialogues.resolve("versies.yaml"));
        String basic = RoomHttp.basic(RestartedApplication.PASSWORD);
        String roomId;
        JsonNode anna;
        try (ConfigurableApplicationContext first = RestartedApplication.start(dialogues, data)) {
            int port = RestartedApplication.port(first);
            RoomHttp http = new RoomHttp(port);
            String collaboration = http.post("/api/collaborations", basic, Map.of("name", "Versies")).get("id").asString();
            JsonNode room = http.post("/api/collaborations/" + collaboration + "/rooms", basic, Map.of("dialogueId", "versies"));
            roomId = room.get("id").asString();
            anna = http.post("/api/rooms/join", null, Map.of("joinCode", room.get("joinCode").asString(), "name", "Anna"));
            String topic = "/topic/rooms/" + roomId;
            try (StompTestClient facilitator = new StompTestClient().connect(port, basic);
                 StompTestClient a = new StompTestClient().connect(port, RoomHttp.bearer(anna)).subscribedTo(topic)) {
                for (int i = 0; i < 3; i++) {
                    facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
                }
                a.await(topic, v -> v.get("step").get("nodeId").asString().equals("third"), WAIT);
            }
            assertThat(http.get("/api/rooms/" + roomId, basic).get("step").has("notice")).isFalse();
        }
        Files.copy(VERSIONS.resolve("versie-2.yaml"), dialogues.resolve("versies.yaml"), StandardCopyOption.REPLACE_EXISTING);

        try (ConfigurableApplicationContext second = RestartedApplication.start(dialogues, data)) {
            int port = RestartedApplication.port(second);
            RoomHttp http = new RoomHttp(port);
            JsonNode step = http.get("/api/rooms/" + roomId, basic).get("step");
            assertThat(step.get("nodeId").asString()).isIn("welcome", "first", "second");
            assertThat(step.get("notice").toString()).contains("bestaat niet meer")
                    .contains("stap " + step.get("progress").get("current").asInt());
            assertThat(http.get("/api/rooms/" + roomId, RoomHttp.bearer(anna)).get("step").get("notice").toString())
                    .as("the participants read it too").contains("bestaat niet meer");
            assertThat(second.getBean(JdbcTemplate.class).queryForObject("select dialogue_version from room where id = ?",
                    Integer.class, roomId)).as("the room follows the new version from now on").isEqualTo(2);

            String topic = "/topic/rooms/" + roomId;
            try (StompTestClient facilitator = new StompTestClient().connect(port, basic);
                 StompTestClient a = new StompTestClient().connect(port, RoomHttp.bearer(anna)).subscribedTo(topic)) {
                facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
                JsonNode next = a.await(topic, v -> !v.get("step").get("nodeId").asString().equals(step.get("nodeId").asString()), WAIT);
                assertThat(next.get("step").has("notice")).as("said until the room moves on").isFalse();
            }
        }
    }
}
