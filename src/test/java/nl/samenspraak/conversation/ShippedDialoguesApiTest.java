package nl.samenspraak.conversation;

import nl.samenspraak.ApiClient;
import nl.samenspraak.ApiClient.Response;
import nl.samenspraak.ApiClient.Started;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.answer.AnswerLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.samenspraak.conversation.ConversationApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped dialogues of {@code dialogues/} over real HTTP, in the shared application of {@link IntegrationTest}:
 * the three are offered with their titles and descriptions in both languages, and each can be walked to its end
 * in both languages with answers built only from what each step says. These tests are about the shipped files
 * themselves; how the API behaves step by step is {@link ConversationApiTest}, on the tests' own dialogues.
 */
@IntegrationTest
class ShippedDialoguesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AnswerLog answerLog;

    @Test
    void listsTheShippedDialoguesWithTheirSummaries() {
        Response response = new ApiClient(port).get("/api/dialogues", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(strings(response.json(), "id")).containsExactlyInAnyOrder("brengen-halen", "visievierluik", "paradoxen",
                "vitaal-samenwerken", "netwerkleiderschap", "kijkglas", "balans-opmaken", "zelfcheck", "motieven", "assenmodel");
        for (JsonNode d : response.json()) {
            for (String language : List.of("nl", "en")) {
                assertThat(d.path("title").path(language).asString()).as("title.%s of %s", language, d.get("id")).isNotBlank();
                assertThat(d.path("description").path(language).asString())
                        .as("description.%s of %s", language, d.get("id")).isNotBlank();
            }
            assertThat(strings(d.get("languages"), null)).containsExactly("nl", "en");
            assertThat(strings(d.get("modes"), null)).contains("solo");
            assertThat(d.path("estimatedMinutes").isInt()).isTrue();
            assertThat(d.get("estimatedMinutes").asInt()).isPositive();
            assertThat(d.has("nodes")).as("the list holds summaries, not whole dialogues").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"brengen-halen", "visievierluik", "paradoxen", "vitaal-samenwerken", "netwerkleiderschap",
            "kijkglas", "balans-opmaken", "zelfcheck", "motieven", "assenmodel"})
    void everyDialogueCanBeCompletedEndToEnd(String dialogueId) {
        ApiClient api = new ApiClient(port);
        for (String language : List.of("nl", "en")) {
            Started c = api.start(dialogueId, language, "Ann", "Gemeente Zeist");
            JsonNode step = c.step();
            Set<String> answeredSteps = new HashSet<>();
            String firstId = step.get("nodeId").asString();
            int requests = 0;
            while (!step.get("type").asString().equals("end")) {
                assertThat(++requests).as("%s (%s) reaches its end", dialogueId, language).isLessThan(200);
                assertThat(step.get("prompt").asString()).as("prompt of %s", step.get("nodeId")).isNotBlank()
                        .doesNotContain("#{");
                Object value = ApiClient.validValue(step);
                if (value != null) {
                    answeredSteps.add(step.get("nodeId").asString());
                }
                step = api.answerOk(c, step.get("nodeId").asString(), value);
            }

            JsonNode view = api.view(c);
            assertThat(view.get("status").asString()).isEqualTo("finished");
            assertThat(view.get("step").get("type").asString()).isEqualTo("end");
            assertThat(view.get("progress").get("current").asInt()).isEqualTo(view.get("progress").get("total").asInt());
            assertThat(new HashSet<>(strings(view.get("answers"), "nodeId"))).isEqualTo(answeredSteps);
            assertThat(answerLog.history(c.id())).hasSize(answeredSteps.size());
            String endId = view.get("step").get("nodeId").asString();
            assertError(api.answer(c, endId, null), 422, "invalid_answer", "nodeId", "the conversation is finished");
            assertError(api.answer(c, firstId, null), 422, "invalid_answer", "nodeId", "the current step is '" + endId + "'");
            assertThat(api.view(c).get("status").asString()).isEqualTo("finished");
        }
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.get(field).asString()));
        return out;
    }
}
