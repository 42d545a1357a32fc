package nl.samenspraak.collaboration;

import nl.samenspraak.ApiClient;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.TestDialogueIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach what: every collaboration endpoint against anonymous, two participants, the owning
 * facilitator and another facilitator; private answers never leave their author; erasure leaves no row. On the
 * tests' own dialogues ({@link TestDialogueIntegrationTest}): which questions a partner answers does not matter
 * here, only that one answer is shared and one private, and that the summary has questions to show.
 */
@TestDialogueIntegrationTest
class CollaborationAccessTest {

    static final String PASSWORD = IntegrationTest.ADMIN_PASSWORD;
    static final String PRIVATE_MARKER = "GEHEIM-PRIVE-5521";
    static final String SHARED_MARKER = "GEDEELD-KANSEN-8830";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String owner;
    private String other;
    private String collaboration;
    private String invitation;
    private String participantA;
    private String participantB;
    private String conversation;

    @BeforeEach
    void collaborationWithOnePreparedPartner() throws Exception {
        owner = ApiClient.basic("admin", PASSWORD);
        String otherName = "other" + System.nanoTime() % 100000;
        call("POST", "/api/facilitators", owner, Map.of("username", otherName, "password", "another-password-1"));
        other = ApiClient.basic(otherName, "another-password-1");
        collaboration = call("POST", "/api/collaborations", owner, Map.of("name", "Wijkzorg")).json().get("id").asString();
        JsonNode invited = call("POST", "/api/collaborations/" + collaboration + "/invitations", owner,
                Map.of("name", "Anna", "organisation", "Gemeente", "dialogueId", "proefgesprek")).json();
        invitation = invited.get("id").asString();
        participantA = invited.get("token").asString();
        conversation = call("POST", "/api/conversations", null, Map.of("invitation", participantA)).json().get("id").asString();
        answer(conversation, participantA, "begroeting", null, null);
        answer(conversation, participantA, "beeld", "Wij zien samen veel kansen in de wijk, zeker voor ouderen die langer thuis willen blijven wonen met hulp van de buurt " + SHARED_MARKER, "shared");
        answer(conversation, participantA, "overgang", null, null);
        answer(conversation, participantA, "eigen-doel", "Betaalbare woningen voor ouderen en een snellere doorstroming in de wijk, zodat jonge gezinnen ook een plek vinden " + PRIVATE_MARKER, "private");
        participantB = call("POST", "/api/conversations", null, Map.of("dialogueId", "proefspanningen")).json().get("token").asString();
    }

    @Test
    void onlyTheOwningFacilitatorReachesACollaboration() throws Exception {
        List<String> reads = List.of("/api/collaborations/" + collaboration, "/api/collaborations/" + collaboration + "/answers",
                "/api/collaborations/" + collaboration + "/export.json", "/api/collaborations/" + collaboration + "/rooms",
                "/api/collaborations/" + collaboration + "/answers.csv",
                "/api/collaborations/" + collaboration + "/summary?dialogue=proefgesprek",
                "/api/collaborations/" + collaboration + "/summary.md?dialogue=proefgesprek",
                "/api/collaborations/" + collaboration + "/summary.pdf?dialogue=proefgesprek",
                "/api/collaborations/" + collaboration + "/invitations/" + invitation + "/transcript.md");
        for (String path : reads) {
            assertThat(call("GET", path, null, null).status()).as("anonymous %s", path).isEqualTo(401);
            assertThat(call("GET", path, "Bearer " + participantA, null).status()).as("participant A %s", path).isEqualTo(401);
            assertThat(call("GET", path, "Bearer " + participantB, null).status()).as("participant B %s", path).isEqualTo(401);
            assertThat(call("GET", path, other, null).status()).as("another facilitator %s", path).isEqualTo(404);
            assertThat(call("GET", path, owner, null).status()).as("the owner %s", path).isEqualTo(200);
        }
        Map<String, Object> writes = new LinkedHashMap<>();
        writes.put("/api/collaborations/" + collaboration + "/invitations", Map.of("name", "X", "dialogueId", "proefspanningen"));
        writes.put("/api/collaborations/" + collaboration + "/rooms", Map.of("dialogueId", "proefspanningen"));
        writes.put("/api/collaborations/" + collaboration + "/invitations/" + invitation + "/link", Map.of());
        for (Map.Entry<String, Object> write : writes.entrySet()) {
            // without a session or credentials a write is refused before it is authenticated (401, or 403 for lacking CSRF)
            assertThat(call("POST", write.getKey(), null, write.getValue()).status()).as("anonymous %s", write.getKey()).isIn(401, 403);
            assertThat(call("POST", write.getKey(), "Bearer " + participantB, write.getValue()).status()).isEqualTo(401);
            assertThat(call("POST", write.getKey(), other, write.getValue()).status()).as("other %s", write.getKey()).isEqualTo(404);
        }
        assertThat(call("PUT", "/api/collaborations/" + collaboration, other, Map.of("name", "Overgenomen")).status()).isEqualTo(404);
        assertThat(call("DELETE", "/api/collaborations/" + collaboration, other, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/collaborations", other, null).body()).doesNotContain(collaboration);
        assertThat(call("GET", "/api/collaborations", owner, null).body()).contains(collaboration);
    }

    @Test
    void aPrivateAnswerNeverReachesAFacilitatorOrAnotherParticipant() throws Exception {
        List<String> facilitatorViews = List.of("/api/collaborations/" + collaboration, "/api/collaborations/" + collaboration + "/answers",
                "/api/collaborations/" + collaboration + "/export.json", "/api/collaborations/" + collaboration + "/answers.csv",
                "/api/collaborations/" + collaboration + "/summary?dialogue=proefgesprek",
                "/api/collaborations/" + collaboration + "/summary.md?dialogue=proefgesprek",
                "/api/collaborations/" + collaboration + "/invitations/" + invitation + "/transcript.md", "/api/audit");
        for (String path : facilitatorViews) {
            assertThat(call("GET", path, owner, null).body()).as(path).doesNotContain(PRIVATE_MARKER);
        }
        assertThat(call("GET", "/api/collaborations/" + collaboration + "/export.json", owner, null).body())
                .as("the export holds every shared answer").contains(SHARED_MARKER);
        assertThat(call("GET", "/api/collaborations/" + collaboration + "/answers.csv", owner, null).body()).contains(SHARED_MARKER);
        conversation = call("POST", "/api/conversations", null, Map.of("invitation", participantA)).json().get("id").asString();
        assertThat(call("GET", "/api/conversations/" + conversation, "Bearer " + participantB, null).body()).doesNotContain(PRIVATE_MARKER);
        assertThat(call("GET", "/api/conversations/" + conversation, "Bearer " + participantA, null).body())
                .as("its author sees it").contains(PRIVATE_MARKER);
    }

    @Test
    void deletingACollaborationLeavesNoRowBehind() throws Exception {
        call("POST", "/api/collaborations/" + collaboration + "/rooms", owner, Map.of("dialogueId", "proefspanningen"));
        assertThat(call("DELETE", "/api/collaborations/" + collaboration, owner, null).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from collaboration where id = ?", Integer.class, collaboration)).isZero();
        for (String table : List.of("invitation", "room", "summary_review", "conversation")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where collaboration_id = ?", Integer.class,
                    collaboration)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from room_participant where room_id not in (select id from room)",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from conversation where id = ?", Integer.class, conversation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from answer where conversation_id = ?", Integer.class, conversation))
                .as("the shared and the private answers").isZero();
        assertThat(call("GET", "/api/collaborations/" + collaboration, owner, null).status()).isEqualTo(404);
    }

    @Test
    void repeatedWrongLoginsAreSlowedDown() throws Exception {
        String wrong = ApiClient.basic("nobody-" + System.nanoTime(), "wrong-password");
        int status = 0;
        for (int attempt = 0; attempt < 8 && status != 429; attempt++) {
            status = call("GET", "/api/me", wrong, null).status();
        }
        assertThat(status).isEqualTo(429);
        Response refused = call("GET", "/api/me", wrong, null);
        assertThat(refused.retryAfter()).isNotNull();
        assertThat(refused.body()).contains("too many failed logins");
    }

    private void answer(String conversation, String token, String nodeId, Object value, String visibility) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeId", nodeId);
        body.put("value", value);
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        Response response = call("POST", "/api/conversations/" + conversation + "/answers", "Bearer " + token, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    record Response(int status, String body, String retryAfter) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Response call(String method, String path, String authorization, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), new String(response.body(), StandardCharsets.ISO_8859_1),
                response.headers().firstValue("Retry-After").orElse(null));
    }
}
