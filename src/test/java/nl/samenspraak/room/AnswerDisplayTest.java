package nl.samenspraak.room;

import nl.samenspraak.IntegrationTest;
import nl.samenspraak.TestDialogueIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload a page reads answers from carries the server's reading of each answer ({@code display}): the
 * conversation's history and recap, the facilitator's view of shared answers, and in a room the answers as
 * they arrive, the revealed answers, one's own answer, the preparation and the group's recap. Pages show that
 * text and format nothing themselves, so this is where a list, a scale position in words and a ranking are
 * held to one reading. Against the test dialogue {@code weergave}
 * ({@code src/test/resources/test-dialogues/weergave.yaml}).
 */
@TestDialogueIntegrationTest
class AnswerDisplayTest {

    static final String PASSWORD = IntegrationTest.ADMIN_PASSWORD;
    static final Duration WAIT = Duration.ofSeconds(10);

    static final List<String> BRING = List.of("tijd", "kennis van de wijk");
    static final String BRING_READS = "tijd; kennis van de wijk";
    static final String TENSIONS_READS = "Open of dicht, Snel of traag";
    static final String POSITION_READS = "+2: neigt naar ‘Zorgvuldig’";
    static final String ORDER_READS = "1. Zorg; 2. Wonen; 3. Welzijn";

    @LocalServerPort
    int port;

    private final List<StompTestClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(StompTestClient::close);
    }

    @Test
    void aPreparedPartnersAnswersReadTheSameInTheChatTheConsoleAndTheRoom() throws Exception {
        String owner = RoomHttp.basic(PASSWORD);
        String collaboration = http().post("/api/collaborations", owner, Map.of("name", "Weergave")).get("id").asString();
        String invitationToken = http().post("/api/collaborations/" + collaboration + "/invitations", owner,
                Map.of("name", "Anna", "organisation", "Gemeente", "dialogueId", "weergave")).get("token").asString();

        // Preparing alone: the history and the recap read each answer as the server renders it.
        JsonNode started = http().post("/api/conversations", null, Map.of("invitation", invitationToken, "language", "nl"));
        String conversation = "/api/conversations/" + started.get("id").asString();
        String anna = "Bearer " + started.get("token").asString();
        answer(conversation, anna, "meebrengen", BRING);
        answer(conversation, anna, "spanningen", List.of("open-closed", "fast-slow"));
        JsonNode scale = http().get(conversation, anna).get("step");
        assertThat(scale.get("nodeId").asString()).isEqualTo("stand");
        assertThat(texts(scale.get("scaleWords"), "display")).as("the slider says what the answer will read")
                .startsWith("-3: helemaal ‘Snel’").contains("0: precies in het midden", POSITION_READS);
        answer(conversation, anna, "stand", 2);
        JsonNode recap = answer(conversation, anna, "volgorde", List.of("zorg", "wonen", "welzijn"));
        assertThat(recap.get("type").asString()).isEqualTo("recap");
        assertThat(texts(recap.get("recap"), "display")).containsExactly(BRING_READS, TENSIONS_READS, POSITION_READS, ORDER_READS);
        assertThat(texts(http().get(conversation, anna).get("answers"), "display"))
                .containsExactly(BRING_READS, TENSIONS_READS, POSITION_READS, ORDER_READS);

        // The facilitator's view of the partner's shared answers.
        JsonNode partners = http().get("/api/collaborations/" + collaboration + "/answers", owner);
        assertThat(texts(partners.get(0).get("answers"), "display"))
                .containsExactly(BRING_READS, TENSIONS_READS, POSITION_READS, ORDER_READS);

        // A room: Anna joins on her invitation and finds her preparation read as the room reads it.
        JsonNode room = http().post("/api/collaborations/" + collaboration + "/rooms", owner,
                Map.of("dialogueId", "weergave", "language", "nl"));
        String roomId = room.get("id").asString();
        String topic = "/topic/rooms/" + roomId;
        JsonNode annaInRoom = http().post("/api/rooms/join", null,
                Map.of("joinCode", room.get("joinCode").asString(), "invitation", invitationToken));
        JsonNode bertInRoom = http().post("/api/rooms/join", null,
                Map.of("joinCode", room.get("joinCode").asString(), "name", "Bert"));
        String annaToken = RoomHttp.bearer(annaInRoom);
        String bertToken = RoomHttp.bearer(bertInRoom);
        StompTestClient facilitator = client(owner, topic + "/facilitator");
        StompTestClient a = client(annaToken, topic);
        StompTestClient b = client(bertToken, topic);
        assertThat(http().get("/api/rooms/" + roomId, annaToken).get("me").get("preparation").get("display").asString())
                .isEqualTo(BRING_READS);

        Map<String, Object> annaGives = Map.of("meebrengen", BRING, "spanningen", List.of("open-closed", "fast-slow"),
                "stand", 2, "volgorde", List.of("zorg", "wonen", "welzijn"));
        Map<String, Object> bertGives = Map.of("meebrengen", List.of("geld"), "spanningen", List.of("fast-slow"),
                "stand", -3, "volgorde", List.of("welzijn", "zorg", "wonen"));
        Map<String, String> annaReads = Map.of("meebrengen", BRING_READS, "spanningen", TENSIONS_READS,
                "stand", POSITION_READS, "volgorde", ORDER_READS);
        Map<String, String> bertReads = Map.of("meebrengen", "geld", "spanningen", "Snel of traag",
                "stand", "-3: helemaal ‘Snel’", "volgorde", "1. Welzijn; 2. Zorg; 3. Wonen");
        for (String step : List.of("meebrengen", "spanningen", "stand", "volgorde")) {
            a.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", step, "value", annaGives.get(step)));
            // Anna first, so that the group's list keeps her items before Bert's.
            facilitator.await(topic + "/facilitator",
                    v -> v.get("step").get("nodeId").asString().equals(step) && v.path("live").size() == 1, WAIT);
            b.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", step, "value", bertGives.get(step)));
            JsonNode live = facilitator.await(topic + "/facilitator",
                    v -> v.get("step").get("nodeId").asString().equals(step) && v.path("live").size() == 2, WAIT);
            assertThat(byName(live.get("live"))).as("the answers as they arrive at %s", step)
                    .containsEntry("Anna", annaReads.get(step)).containsEntry("Bert", bertReads.get(step));
            assertThat(http().get("/api/rooms/" + roomId, annaToken).get("me").get("display").asString())
                    .as("one's own answer at %s", step).isEqualTo(annaReads.get(step));

            facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "reveal", "revealNames", true));
            JsonNode revealed = b.await(topic, v -> v.get("step").get("nodeId").asString().equals(step)
                    && v.has("revealed"), WAIT).get("revealed");
            assertThat(byName(revealed.get("answers"))).as("the revealed answers at %s", step)
                    .containsEntry("Anna", annaReads.get(step)).containsEntry("Bert", bertReads.get(step));
            facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
            facilitator.await(topic + "/facilitator", v -> !v.get("step").get("nodeId").asString().equals(step), WAIT);
        }

        // The group's recap reads what the group settled on: every item, the options most chosen first, the
        // rounded mean position, the aggregate ranking.
        JsonNode groupRecap = a.await(topic, v -> v.get("step").get("type").asString().equals("recap"), WAIT).get("step");
        assertThat(texts(groupRecap.get("recap"), "display")).containsExactly("tijd; kennis van de wijk; geld",
                "Snel of traag, Open of dicht", "0: precies in het midden", "1. Zorg; 2. Welzijn; 3. Wonen");
    }

    private JsonNode answer(String conversation, String token, String nodeId, Object value) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("nodeId", nodeId);
        body.put("value", value);
        return http().post(conversation + "/answers", token, body).get("step");
    }

    /** Who said what, by name: "Anna" → how her answer reads. */
    private static Map<String, String> byName(JsonNode answers) {
        Map<String, String> byName = new HashMap<>();
        answers.forEach(answer -> byName.put(answer.get("name").asString(), answer.get("display").asString()));
        return byName;
    }

    private static List<String> texts(JsonNode array, String field) {
        assertThat(array).as("an array of %s", field).isNotNull();
        List<String> texts = new ArrayList<>();
        array.forEach(entry -> texts.add(entry.get(field).asString()));
        return texts;
    }

    private StompTestClient client(String authorization, String... subscriptions) throws Exception {
        StompTestClient client = new StompTestClient().connect(port, authorization);
        clients.add(client);
        return client.subscribedTo(subscriptions);
    }

    private RoomHttp http() {
        return new RoomHttp(port);
    }
}
