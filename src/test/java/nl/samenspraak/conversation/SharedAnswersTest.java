package nl.samenspraak.conversation;

import nl.samenspraak.ApiClient;
import nl.samenspraak.ApiClient.Response;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a facilitator reads of a solo partner comes from the answer log as it stands, like a room's answers:
 * the latest revision of each step, shown only while its latest revision is shared.
 */
@IntegrationTest
class SharedAnswersTest {

    private static final String FIRST = "Een eerste versie over de buurt, met ouderen en hun mantelzorgers in Zeist zon1";
    private static final String LATEST = "Een tweede versie over de buurt, met ouderen en hun mantelzorgers in Zeist zon2";

    @LocalServerPort
    int port;

    private ApiClient api;
    private Map<String, String> owner;
    private String collaboration;

    @BeforeEach
    void aCollaboration() {
        api = new ApiClient(port);
        owner = Map.of("Authorization", ApiClient.basic("admin", IntegrationTest.ADMIN_PASSWORD));
        collaboration = api.call("POST", "/api/collaborations", owner, Map.of("name", "Logboek")).json().get("id").asString();
    }

    @Test
    void theFacilitatorReadsTheLatestRevisionWhileItIsShared() {
        String token = api.call("POST", "/api/collaborations/" + collaboration + "/invitations", owner,
                Map.of("name", "Anna", "organisation", "Gemeente", "dialogueId", "brengen-halen")).json().get("token").asString();
        String conversation = api.call("POST", "/api/conversations", null, Map.of("invitation", token)).json().get("id").asString();
        answer(conversation, token, "welcome", null);
        answer(conversation, token, "shared-view", FIRST);
        assertThat(api.post("/api/conversations/" + conversation + "/back", token, Map.of("nodeId", "shared-view")).status())
                .isEqualTo(200);
        answer(conversation, token, "shared-view", LATEST);
        assertThat(answers()).contains(LATEST).doesNotContain(FIRST);
        assertThat(summary()).contains(LATEST).doesNotContain(FIRST);

        visibility(conversation, token, "private");
        assertThat(answers()).doesNotContain(LATEST).doesNotContain(FIRST);
        assertThat(summary()).doesNotContain(LATEST);

        visibility(conversation, token, "shared");
        assertThat(answers()).contains(LATEST).doesNotContain(FIRST);
    }

    private void answer(String conversation, String token, String nodeId, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeId", nodeId);
        body.put("value", value);
        Response response = api.post("/api/conversations/" + conversation + "/answers", token, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void visibility(String conversation, String token, String visibility) {
        Response response = api.post("/api/conversations/" + conversation + "/visibility", token,
                Map.of("nodeId", "shared-view", "visibility", visibility));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private String answers() {
        return api.call("GET", "/api/collaborations/" + collaboration + "/answers", owner, null).body();
    }

    private String summary() {
        return api.call("GET", "/api/collaborations/" + collaboration + "/summary?dialogue=brengen-halen", owner, null).body();
    }
}
