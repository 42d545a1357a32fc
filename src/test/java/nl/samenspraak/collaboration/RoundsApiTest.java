package nl.samenspraak.collaboration;

import nl.samenspraak.ApiClient;
import nl.samenspraak.ApiClient.Response;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounds: the same dialogue held again in a collaboration. A partner invited to round 2 is offered their round-1
 * answer, answers differently, and each round's summary holds only its own answers, the latest by default.
 */
@IntegrationTest
class RoundsApiTest {

    static final String ROUND_ONE = "De gemeente opent het wijkcentrum Zonnebloem elke dinsdag voor ouderen uit de buurt";
    static final String ROUND_TWO = "De corporatie laat de buurtbus Klaproos elke vrijdag rijden voor ouderen uit de wijk";

    @LocalServerPort
    int port;

    private ApiClient api;
    private final String owner = ApiClient.basic("admin", IntegrationTest.ADMIN_PASSWORD);
    private String collaboration;

    @BeforeEach
    void collaboration() {
        api = new ApiClient(port);
        collaboration = created(call("POST", "/api/collaborations", owner, Map.of("name", "Rondes " + System.nanoTime())));
    }

    @Test
    void aSecondRoundOffersTheFirstRoundsAnswerAndHasItsOwnSummary() {
        String firstInvitation = invite("Anna", "Gemeente", null);
        JsonNode rounds = call("GET", "/api/collaborations/" + collaboration + "/rounds", owner, null).json();
        assertThat(rounds).as("the first invitation opened round 1").hasSize(1);
        assertThat(rounds.get(0).get("number").asInt()).isEqualTo(1);
        String roundOne = rounds.get(0).get("id").asString();
        answerSharedView(token(firstInvitation), ROUND_ONE, null);

        Response opened = call("POST", "/api/collaborations/" + collaboration + "/rounds", owner,
                Map.of("dialogueId", "brengen-halen", "label", "Najaar"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String roundTwo = opened.json().get("id").asString();
        rounds = call("GET", "/api/collaborations/" + collaboration + "/rounds?dialogue=brengen-halen", owner, null).json();
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(1).get("id").asString()).isEqualTo(roundTwo);
        assertThat(rounds.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(rounds.get(1).get("label").asString()).isEqualTo("Najaar");
        assertThat(rounds.get(1).get("openedAt").asString()).isNotBlank();

        // Invited again without a roundId: the dialogue's latest round, 2. The same partner in other letters.
        String secondInvitation = invite("anna ", "GEMEENTE", null);
        JsonNode detail = call("GET", "/api/collaborations/" + collaboration, owner, null).json();
        Map<String, Integer> roundOfInvitation = new HashMap<>();
        detail.get("invitations").forEach(i -> roundOfInvitation.put(i.get("id").asString(), i.get("round").asInt()));
        assertThat(roundOfInvitation).containsEntry(firstInvitation, 1).containsEntry(secondInvitation, 2);

        JsonNode offered = answerSharedView(token(secondInvitation), ROUND_TWO, ROUND_ONE);
        assertThat(offered.get("answer")).as("offered, not given").isNull();

        String summary = "/api/collaborations/" + collaboration + "/summary?dialogue=brengen-halen";
        String first = call("GET", summary + "&round=1", owner, null).body();
        String second = call("GET", summary + "&round=2", owner, null).body();
        String latest = call("GET", summary, owner, null).body();
        assertThat(first).contains("Zonnebloem").doesNotContain("Klaproos");
        assertThat(second).contains("Klaproos").doesNotContain("Zonnebloem");
        assertThat(latest).isEqualTo(second);
        assertThat(call("GET", summary.replace("/summary?", "/summary.md?") + "&round=1", owner, null).body())
                .contains("Zonnebloem").doesNotContain("Klaproos");

        Response unknownRound = call("GET", summary + "&round=7", owner, null);
        assertThat(unknownRound.status()).isEqualTo(422);
        assertThat(unknownRound.json().get("field").asString()).isEqualTo("round");

        Response toRoundOne = call("POST", "/api/collaborations/" + collaboration + "/invitations", owner,
                Map.of("name", "Bram", "dialogueId", "brengen-halen", "roundId", roundOne));
        assertThat(toRoundOne.status()).as("an invitation to an earlier round").isEqualTo(201);

        assertThat(call("GET", "/api/audit", owner, null).body()).contains("round.create").contains(roundTwo);
    }

    @Test
    void aRoundOfAnotherCollaborationOrDialogueIsRefusedNamingTheField() {
        String other = created(call("POST", "/api/collaborations", owner, Map.of("name", "Ander")));
        String foreign = created(call("POST", "/api/collaborations/" + other + "/rounds", owner,
                Map.of("dialogueId", "brengen-halen")));
        Response refused = call("POST", "/api/collaborations/" + collaboration + "/invitations", owner,
                Map.of("name", "Anna", "dialogueId", "brengen-halen", "roundId", foreign), "nl");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("roundId");
        assertThat(refused.json().get("message").asString()).contains("geen ronde van dit samenwerkingsverband");

        Response room = call("POST", "/api/collaborations/" + collaboration + "/rooms", owner,
                Map.of("dialogueId", "paradoxen", "roundId", foreign), "en");
        assertThat(room.status()).isEqualTo(422);
        assertThat(room.json().get("field").asString()).isEqualTo("roundId");
        assertThat(room.json().get("message").asString()).contains("is not a round of this collaboration");

        String paradoxes = created(call("POST", "/api/collaborations/" + collaboration + "/rounds", owner,
                Map.of("dialogueId", "paradoxen", "label", "Voorjaar")));
        Response otherDialogue = call("POST", "/api/collaborations/" + collaboration + "/invitations", owner,
                Map.of("name", "Anna", "dialogueId", "brengen-halen", "roundId", paradoxes), "en");
        assertThat(otherDialogue.status()).isEqualTo(422);
        assertThat(otherDialogue.json().get("field").asString()).isEqualTo("roundId");
        assertThat(otherDialogue.json().get("message").asString()).contains("paradoxen").contains("brengen-halen");

        Response opened = call("POST", "/api/collaborations/" + collaboration + "/rooms", owner,
                Map.of("dialogueId", "paradoxen", "roundId", paradoxes));
        assertThat(opened.status()).isEqualTo(201);
        JsonNode rooms = call("GET", "/api/collaborations/" + collaboration + "/rooms", owner, null).json();
        assertThat(rooms.get(0).get("roundId").asString()).isEqualTo(paradoxes);

        Response unknownDialogue = call("POST", "/api/collaborations/" + collaboration + "/rounds", owner,
                Map.of("dialogueId", "bestaat-niet"));
        assertThat(unknownDialogue.status()).isEqualTo(422);
        assertThat(unknownDialogue.json().get("field").asString()).isEqualTo("dialogueId");
    }

    @Test
    void onlyTheOwningFacilitatorListsOrOpensRounds() {
        String name = "rounds" + System.nanoTime() % 100000;
        call("POST", "/api/facilitators", owner, Map.of("username", name, "password", "another-password-1"));
        String other = ApiClient.basic(name, "another-password-1");
        String path = "/api/collaborations/" + collaboration + "/rounds";
        assertThat(call("GET", path, other, null).status()).isEqualTo(404);
        assertThat(call("POST", path, other, Map.of("dialogueId", "paradoxen")).status()).isEqualTo(404);
        assertThat(call("GET", path, null, null).status()).isEqualTo(401);
        assertThat(call("GET", path, owner, null).json()).isEmpty();
    }

    /** Starts the invited partner's conversation and answers up to and including shared-view; returns that step. */
    private JsonNode answerSharedView(String token, String text, String offeredBefore) {
        Response started = call("POST", "/api/conversations", null, Map.of("invitation", token));
        assertThat(started.status()).as(started.body()).isIn(200, 201);
        String id = started.json().get("id").asString();
        JsonNode step = answer(id, token, "welcome", null);
        assertThat(step.get("nodeId").asString()).isEqualTo("shared-view");
        if (offeredBefore == null) {
            assertThat(step.get("previous")).as("round 1 offers nothing").isNull();
        } else {
            assertThat(step.get("previous").get("value").asString()).isEqualTo(offeredBefore);
            assertThat(step.get("previous").get("display").asString()).isEqualTo(offeredBefore);
            assertThat(step.get("previous").get("round").asInt()).isEqualTo(1);
            JsonNode again = call("GET", "/api/conversations/" + id, "Bearer " + token, null).json().get("step");
            assertThat(again.get("previous").get("value").asString()).as("also when the page is reloaded").isEqualTo(offeredBefore);
        }
        JsonNode next = answer(id, token, "shared-view", text);
        assertThat(next.get("previous")).as("the next step has no earlier answer").isNull();
        return step;
    }

    private JsonNode answer(String id, String token, String nodeId, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeId", nodeId);
        body.put("value", value);
        body.put("visibility", "shared");
        Response response = call("POST", "/api/conversations/" + id + "/answers", "Bearer " + token, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("step");
    }

    private final Map<String, String> tokens = new HashMap<>();

    private String invite(String name, String organisation, String roundId) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "organisation", organisation,
                "dialogueId", "brengen-halen"));
        if (roundId != null) {
            body.put("roundId", roundId);
        }
        Response response = call("POST", "/api/collaborations/" + collaboration + "/invitations", owner, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        tokens.put(response.json().get("id").asString(), response.json().get("token").asString());
        return response.json().get("id").asString();
    }

    private String token(String invitation) {
        return tokens.get(invitation);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private Response call(String method, String path, String authorization, Object body) {
        return call(method, path, authorization, body, null);
    }

    private Response call(String method, String path, String authorization, Object body, String language) {
        Map<String, String> headers = new HashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return api.call(method, path, headers, body);
    }
}
