package nl.samenspraak.room;

import nl.samenspraak.IntegrationTest;
import nl.samenspraak.TestDialogueIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live room over real STOMP connections: a facilitator and two partners, each with their own client. The room
 * runs the test dialogue {@code proefspanningen} ({@link TestDialogueIntegrationTest}): a few say steps, then
 * options to choose and a scale per chosen option.
 */
@TestDialogueIntegrationTest
class RoomStompTest {

    static final String PASSWORD = IntegrationTest.ADMIN_PASSWORD;
    static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    private final List<StompTestClient> clients = new ArrayList<>();
    private String collaboration;
    private String roomId;
    private String topic;
    private JsonNode anna;
    private JsonNode bert;

    @BeforeEach
    void openRoomWithTwoPartners() throws Exception {
        collaboration = post("/api/collaborations", basic(), Map.of("name", "Langer thuis")).get("id").asString();
        JsonNode room = post("/api/collaborations/" + collaboration + "/rooms", basic(), Map.of("dialogueId", "proefspanningen"));
        roomId = room.get("id").asString();
        topic = "/topic/rooms/" + roomId;
        String code = room.get("joinCode").asString();
        assertThat(code).matches("[" + JoinCodes.ALPHABET + "]{6}");
        anna = post("/api/rooms/join", null, Map.of("joinCode", code.toLowerCase(), "name", "Anna", "organisation", "Gemeente"));
        bert = post("/api/rooms/join", null, Map.of("joinCode", code, "name", "Bert", "organisation", "Woonstichting"));
    }

    @AfterEach
    void closeClients() {
        clients.forEach(StompTestClient::close);
    }

    @Test
    void answersAreCollectedThenRevealedToEveryone() throws Exception {
        StompTestClient facilitator = client(basic(), topic, topic + "/facilitator");
        StompTestClient a = client(bearer(anna), topic, "/user/queue/errors");
        StompTestClient b = client(bearer(bert), topic);

        JsonNode multi = advanceTo(facilitator, b, "multi");
        String stepId = multi.get("step").get("nodeId").asString();
        String first = multi.get("step").get("options").get(0).get("id").asString();
        String second = multi.get("step").get("options").get(1).get("id").asString();

        assertThat(multi.has("groupDecision")).as("no decision while nobody answered").isFalse();
        a.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", stepId, "value", List.of(second, first)));
        JsonNode seenByBert = b.await(topic, v -> v.get("answered").asInt() == 1, WAIT);
        assertThat(seenByBert.has("revealed")).as("nobody sees what others answered before the reveal").isFalse();
        assertThat(seenByBert.has("live")).as("only the facilitator sees answers arrive").isFalse();
        assertThat(seenByBert.has("groupDecision")).as("only the facilitator sees the group's decision").isFalse();
        JsonNode live = facilitator.await(topic + "/facilitator", v -> v.path("live").size() == 1, WAIT);
        assertThat(live.get("live").get(0).get("name").asString()).isEqualTo("Anna");
        String firstLabel = multi.get("step").get("options").get(0).get("label").asString();
        String secondLabel = multi.get("step").get("options").get(1).get("label").asString();
        assertThat(live.get("live").get(0).get("display").asString()).as("chosen labels as the server reads them")
                .isEqualTo(secondLabel + ", " + firstLabel);
        assertThat(strings(live.get("groupDecision"))).as("a tie follows the dialogue's order")
                .containsExactly(first, second);

        b.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", stepId, "value", List.of(first)));
        b.await(topic, v -> v.get("answered").asInt() == 2, WAIT);
        JsonNode both = facilitator.await(topic + "/facilitator", v -> v.path("live").size() == 2, WAIT);
        assertThat(strings(both.get("groupDecision"))).as("the most chosen first").containsExactly(first, second);
        assertThat(strings(get("/api/rooms/" + roomId, basic()).get("groupDecision"))).containsExactly(first, second);
        assertThat(get("/api/rooms/" + roomId, bearer(anna)).has("groupDecision")).isFalse();

        facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "reveal", "revealNames", false));
        JsonNode revealed = a.await(topic, v -> v.has("revealed"), WAIT);
        assertThat(revealed.get("revealNames").asBoolean()).isFalse();
        assertThat(revealed.get("revealed").get("answers").toString()).doesNotContain("Anna").doesNotContain("Bert");
        JsonNode tally = revealed.get("revealed").get("tally");
        assertThat(tally.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(tally.get(1).get("count").asInt()).isEqualTo(1);

        facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
        JsonNode scale = b.await(topic, v -> v.get("step").get("type").asString().equals("scale"), WAIT);
        assertThat(scale.get("step").get("nodeId").asString()).isEqualTo("stand@" + first);
        String position = scale.get("step").get("nodeId").asString();
        a.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", position, "value", 3));
        b.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", position, "value", -1));
        b.await(topic, v -> v.get("answered").asInt() == 2, WAIT);
        facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "reveal", "revealNames", true));
        JsonNode positions = a.await(topic, v -> v.has("revealed"), WAIT).get("revealed");
        assertThat(positions.get("scale").get("mean").asDouble()).isEqualTo(1.0);
        assertThat(positions.get("scale").get("n").asInt()).isEqualTo(2);
        assertThat(positions.get("scale").get("agreement").asString()).isEqualTo("divided");
        assertThat(positions.get("answers").toString()).contains("Anna").contains("Bert");
        String right = scale.get("step").get("poles").get("right").asString();
        String left = scale.get("step").get("poles").get("left").asString();
        assertThat(positions.get("answers")).extracting(answer -> answer.get("display").asString())
                .as("positions in words, in the room's language")
                .containsExactlyInAnyOrder("+3: helemaal ‘" + right + "’", "-1: een beetje richting ‘" + left + "’");
    }

    @Test
    void aWrongAnswerGoesToTheSendersErrorQueue() throws Exception {
        StompTestClient facilitator = client(basic(), topic);
        StompTestClient a = client(bearer(anna), topic, "/user/queue/errors");
        JsonNode multi = advanceTo(facilitator, a, "multi");
        a.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", multi.get("step").get("nodeId").asString(),
                "value", List.of("no-such-paradox")));
        JsonNode error = a.await("/user/queue/errors", e -> true, WAIT);
        assertThat(error.get("field").asString()).isEqualTo("value[0]");
        assertThat(error.get("message").asString()).contains("unknown option 'no-such-paradox'");
    }

    @Test
    void strangersCannotConnectSubscribeOrSteer() throws Exception {
        StompTestClient nobody = new StompTestClient();
        clients.add(nobody);
        try {
            nobody.connect(port, "Bearer not-a-token");
        } catch (Exception refused) {
            // the server may close before CONNECTED: either way an error must be reported
        }
        assertThat(nobody.awaitError(WAIT)).contains("CONNECT refused");

        String otherCollaboration = post("/api/collaborations", basic(), Map.of("name", "Ander")).get("id").asString();
        String otherRoom = post("/api/collaborations/" + otherCollaboration + "/rooms", basic(),
                Map.of("dialogueId", "proefgesprek")).get("id").asString();
        StompTestClient a = client(bearer(anna));
        a.subscribe("/topic/rooms/" + otherRoom);
        assertThat(a.awaitError(WAIT)).contains("SUBSCRIBE refused");

        StompTestClient b = client(bearer(bert));
        b.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
        assertThat(b.awaitError(WAIT)).contains("only the facilitator controls the room");

        StompTestClient curious = client(bearer(anna));
        curious.subscribe(topic + "/facilitator");
        assertThat(curious.awaitError(WAIT)).as("the answers as they arrive are the facilitator's only")
                .contains("SUBSCRIBE refused");
    }

    @Test
    void anErasedCollaborationTakesItsLiveRoomAlong() throws Exception {
        StompTestClient a = client(bearer(anna), topic);
        assertThat(get("/api/rooms/" + roomId, bearer(anna)).get("participants").size()).isEqualTo(2);

        assertThat(new RoomHttp(port).status("DELETE", "/api/collaborations/" + collaboration, basic())).isEqualTo(204);

        assertThat(new RoomHttp(port).status("GET", "/api/rooms/" + roomId, basic())).isEqualTo(404);
        a.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", "welkom", "value", "nog iets"));
        assertThat(a.awaitError(WAIT)).contains("SEND refused");
    }

    @Test
    void aReconnectingPartnerFindsTheRoomAndTheirAnswer() throws Exception {
        StompTestClient facilitator = client(basic(), topic);
        StompTestClient a = client(bearer(anna), topic);
        JsonNode multi = advanceTo(facilitator, a, "multi");
        String stepId = multi.get("step").get("nodeId").asString();
        String option = multi.get("step").get("options").get(2).get("id").asString();
        a.send("/app/rooms/" + roomId + "/answers", Map.of("nodeId", stepId, "value", List.of(option)));
        facilitator.await(topic, v -> v.get("answered").asInt() == 1, WAIT);
        a.close();
        facilitator.await(topic, v -> !v.get("participants").get(0).get("connected").asBoolean(), WAIT);

        StompTestClient again = client(bearer(anna), topic);
        facilitator.await(topic, v -> v.get("participants").get(0).get("connected").asBoolean(), WAIT);
        JsonNode state = get("/api/rooms/" + roomId, bearer(anna));
        assertThat(state.get("step").get("nodeId").asString()).isEqualTo(stepId);
        assertThat(state.get("me").get("answer").get(0).asString()).isEqualTo(option);
        assertThat(again.isConnected()).isTrue();
    }

    /** Lets the facilitator press next until the room shows a step of the type, as a partner sees it. */
    private JsonNode advanceTo(StompTestClient facilitator, StompTestClient partner, String type) throws Exception {
        for (int i = 0; i < 10; i++) {
            JsonNode view = get("/api/rooms/" + roomId, basic());
            if (view.get("step").get("type").asString().equals(type)) {
                return view;
            }
            String at = view.get("step").get("nodeId").asString();
            facilitator.send("/app/rooms/" + roomId + "/control", Map.of("action", "next"));
            partner.await(topic, v -> !v.get("step").get("nodeId").asString().equals(at), WAIT);
        }
        throw new AssertionError("no " + type + " step within 10 steps");
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array).as("an array").isNotNull();
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private StompTestClient client(String authorization, String... subscriptions) throws Exception {
        StompTestClient client = new StompTestClient().connect(port, authorization);
        clients.add(client);
        return client.subscribedTo(subscriptions);
    }

    private static String basic() {
        return RoomHttp.basic(PASSWORD);
    }

    private static String bearer(JsonNode joined) {
        return RoomHttp.bearer(joined);
    }

    private JsonNode post(String path, String authorization, Object body) throws Exception {
        return new RoomHttp(port).post(path, authorization, body);
    }

    private JsonNode get(String path, String authorization) throws Exception {
        return new RoomHttp(port).get(path, authorization);
    }
}
