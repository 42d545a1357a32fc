package nl.samenspraak;

import nl.samenspraak.ApiClient.Response;
import nl.samenspraak.access.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks every feature shares, over HTTP: the dialogue, mode and language a request asks for
 * ({@code DialogueCatalog.require}) are refused alike by all four features that take them, each naming its own
 * field, in the language the client's {@code Accept-Language} prefers; so is a missing bearer token. Statuses and
 * phases, enums in the code, keep their wire names in JSON and in the rows. Audit rows are written outside
 * read-only transactions: the whole class runs under PostgreSQL's rule for them ({@link PostgresReadOnlyTransactions}).
 */
@TestDialogueIntegrationTest
class SharedChecksApiTest {

    static final String PASSWORD = IntegrationTest.ADMIN_PASSWORD;
    /** The tests' own dialogues ({@link TestDialogueIntegrationTest}), in the order of their files. */
    static final String OFFERED = "proefgesprek, proefspanningen, weergave";

    @LocalServerPort
    int port;

    private ApiClient api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditLog audit;

    private final String admin = ApiClient.basic("admin", PASSWORD);
    private String collaboration;

    @BeforeEach
    void aCollaboration() throws Exception {
        api = new ApiClient(port);
        collaboration = call("POST", "/api/collaborations", admin, "en", Map.of("name", "Wijkzorg")).json()
                .get("id").asString();
    }

    @Test
    void aSoloConversationRefusesTheDialogueOrLanguageInTheClientsLanguage() throws Exception {
        assertInvalid(call("POST", "/api/conversations", null, "nl-NL,nl;q=0.9,en;q=0.8",
                Map.of("dialogueId", "geen", "language", "nl")), "dialogueId", "onbekende dialoog 'geen'; kies een van " + OFFERED);
        assertInvalid(call("POST", "/api/conversations", null, "en-GB,en;q=0.9",
                Map.of("dialogueId", "geen", "language", "nl")), "dialogueId", "unknown dialogue 'geen'; expected one of " + OFFERED);
        assertInvalid(call("POST", "/api/conversations", null, "nl", Map.of("language", "nl")),
                "dialogueId", "dialogueId is verplicht: een van " + OFFERED);
        assertInvalid(call("POST", "/api/conversations", null, "nl", Map.of("dialogueId", "proefspanningen", "language", "de")),
                "language", "de dialoog 'proefspanningen' is niet beschikbaar in 'de'; wel in nl, en");
        assertInvalid(call("POST", "/api/conversations", null, null, Map.of("dialogueId", "proefspanningen", "language", "de")),
                "language", "the dialogue 'proefspanningen' is not available in 'de'; it is in nl, en");
        assertInvalid(call("POST", "/api/conversations", null, "fr-FR, *;q=0.5", Map.of("dialogueId", "geen")),
                "dialogueId", "unknown dialogue 'geen'; expected one of " + OFFERED);
    }

    @Test
    void anInvitationARoomAndASummaryRefuseAlikeUnderTheirOwnFieldNames() throws Exception {
        String path = "/api/collaborations/" + collaboration;
        assertInvalid(call("POST", path + "/invitations", admin, "nl", Map.of("name", "Anna", "dialogueId", "geen")),
                "dialogueId", "onbekende dialoog 'geen'; kies een van " + OFFERED);
        assertInvalid(call("POST", path + "/rooms", admin, "nl", Map.of("dialogueId", "geen")),
                "dialogueId", "onbekende dialoog 'geen'; kies een van " + OFFERED);
        assertInvalid(call("POST", path + "/rooms", admin, "en", Map.of("dialogueId", "proefspanningen", "language", "de")),
                "language", "the dialogue 'proefspanningen' is not available in 'de'; it is in nl, en");
        assertInvalid(call("GET", path + "/summary", admin, "en", null),
                "dialogue", "dialogue is required: one of " + OFFERED);
        assertInvalid(call("GET", path + "/summary?dialogue=geen", admin, "nl", null),
                "dialogue", "onbekende dialoog 'geen'; kies een van " + OFFERED);
        assertInvalid(call("GET", path + "/summary.md?dialogue=proefspanningen&lang=de", admin, "en", null),
                "lang", "the dialogue 'proefspanningen' is not available in 'de'; it is in nl, en");
    }

    @Test
    void anInvitedPartnerAskingForAnotherLanguageIsToldTheFieldTheChatFallsBackOn() throws Exception {
        String token = call("POST", "/api/collaborations/" + collaboration + "/invitations", admin, "en",
                Map.of("name", "Anna", "dialogueId", "proefgesprek")).json().get("token").asString();

        assertInvalid(call("POST", "/api/conversations", null, "en", Map.of("invitation", token, "language", "de")),
                "language", "the dialogue 'proefgesprek' is not available in 'de'; it is in nl, en");
        assertThat(call("POST", "/api/conversations", null, "en", Map.of("invitation", token)).status()).isEqualTo(201);
    }

    @Test
    void aConversationWithoutABearerTokenIs401InTheClientsLanguage() throws Exception {
        String path = "/api/conversations/" + call("POST", "/api/conversations", null, "nl",
                Map.of("dialogueId", "proefspanningen", "language", "nl")).json().get("id").asString();

        for (String authorization : new String[] {null, "Token abc", "Bearer  "}) {
            Response refused = call("GET", path, authorization, "nl", null);
            assertThat(refused.status()).as("%s: %s", authorization, refused.body()).isEqualTo(401);
            assertThat(refused.json().get("message").asString())
                    .isEqualTo("hiervoor is de header 'Authorization: Bearer <token>' nodig");
        }
        assertThat(call("GET", path, null, "en", null).json().get("message").asString())
                .isEqualTo("this needs the header 'Authorization: Bearer <token>'");
        assertThat(call("GET", "/api/rooms/any", "Bearer no-such-token", "en", null).status())
                .as("a room reads the same header").isEqualTo(404);
    }

    @Test
    void statusesAndPhasesKeepTheirWireNamesInJsonAndInTheRows() throws Exception {
        String room = call("POST", "/api/collaborations/" + collaboration + "/rooms", admin, "en",
                Map.of("dialogueId", "proefspanningen")).json().get("id").asString();
        JsonNode view = call("GET", "/api/rooms/" + room, admin, "en", null).json();
        assertThat(view.get("status").asString()).isEqualTo("open");
        assertThat(view.get("phase").asString()).isEqualTo("answering");
        assertThat(jdbc.queryForMap("select status, phase from room where id = ?", room))
                .containsEntry("STATUS", "open").containsEntry("PHASE", "answering");

        String token = call("POST", "/api/collaborations/" + collaboration + "/invitations", admin, "en",
                Map.of("name", "Bram", "dialogueId", "proefspanningen")).json().get("token").asString();
        String conversation = call("POST", "/api/conversations", null, "en", Map.of("invitation", token)).json()
                .get("id").asString();
        assertThat(call("GET", "/api/conversations/" + conversation, "Bearer " + token, "en", null).json()
                .get("status").asString()).isEqualTo("active");
        assertThat(jdbc.queryForObject("select status from conversation where id = ?", String.class, conversation))
                .isEqualTo("active");
        assertThat(call("GET", "/api/collaborations/" + collaboration, admin, "en", null).json().get("invitations")
                .get(0).get("state").asString()).isEqualTo("in-progress");
    }

    @Test
    void exportsAreRecordedInTheAuditLogWherePostgresWouldRefuseAReadOnlyWrite() throws Exception {
        String path = "/api/collaborations/" + collaboration;
        for (String read : List.of(path, path + "/answers", path + "/rooms", path + "/summary?dialogue=proefspanningen",
                path + "/summary.md?dialogue=proefspanningen", path + "/export.json", path + "/answers.csv", "/api/audit")) {
            Response response = call("GET", read, admin, "en", null);
            assertThat(response.status()).as("%s: %s", read, response.body()).isEqualTo(200);
        }

        assertThat(jdbc.queryForList("select action from audit_event where target = ?", String.class,
                "collaboration " + collaboration)).contains("collaboration.export", "collaboration.export-csv");
    }

    /** What makes the test above fail when an export records itself in a read-only transaction. */
    @Test
    void aWriteInAReadOnlyTransactionIsRefusedHereAsOnPostgres() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> jdbc.update(
                "insert into audit_event (at, actor, action, target) values (current_timestamp, 'test', 'test', 'test')")))
                .hasMessageContaining("cannot execute INSERT in a read-only transaction");
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> audit.record("test", "test")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only transaction");
        // A target of its own: the database is shared with the other integration tests.
        String target = "read-write " + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> audit.record("test", target));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target = ?", Integer.class, target))
                .isEqualTo(1);
    }

    private static void assertInvalid(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode body = response.json();
        assertThat(body.get("error").asString()).isEqualTo("invalid");
        assertThat(body.get("field").asString()).isEqualTo(field);
        assertThat(body.get("message").asString()).isEqualTo(message);
    }

    private Response call(String method, String path, String authorization, String acceptLanguage, Object body) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            headers.put("Accept-Language", acceptLanguage);
        }
        return api.call(method, path, headers, body);
    }
}
