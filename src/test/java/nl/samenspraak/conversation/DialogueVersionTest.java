package nl.samenspraak.conversation;

import nl.samenspraak.ApiClient;
import nl.samenspraak.RestartedApplication;
import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.answer.LoggedAnswer;
import nl.samenspraak.ApiClient.Started;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dialogue's file changes under conversations in progress: the server is started on version 1 of a test
 * dialogue ({@code src/test/resources/dialogue-versions/}), conversations answer, the server stops, the file is
 * replaced by version 2 (the node {@code third} is gone) and the server starts again on the same database.
 */
class DialogueVersionTest {

    private static final Path VERSIONS = Path.of("src/test/resources/dialogue-versions");

    @TempDir
    Path tempDir;

    @Test
    void resumingOnANewVersionGoesOnWhereTheNodesStillExistAndSaysSo() throws Exception {
        Path dialogues = Files.createDirectory(tempDir.resolve("dialogues"));
        Path data = Files.createDirectory(tempDir.resolve("data"));
        Files.copy(VERSIONS.resolve("versie-1.yaml"), dialogues.resolve("versies.yaml"));
        Files.copy(VERSIONS.resolve("ongewijzigd.yaml"), dialogues.resolve("ongewijzigd.yaml"));

        Started atGoneNode;
        Started pastGoneNode;
        Started unchanged;
        Started unchangedEn;
        try (ConfigurableApplicationContext first = RestartedApplication.start(dialogues, data)) {
            ApiClient api = new ApiClient(RestartedApplication.port(first));
            atGoneNode = api.start("versies", "nl", "Ann", "Gemeente");
            answer(api, atGoneNode, "welcome", null, "first", "Een", "second", "Twee");
            assertThat(api.view(atGoneNode).get("step").get("nodeId").asString()).isEqualTo("third");

            pastGoneNode = api.start("versies", "en", "Bo", "Corporatie");
            answer(api, pastGoneNode, "welcome", null, "first", "One", "second", "Two", "third", "Three");
            assertThat(api.view(pastGoneNode).get("step").get("nodeId").asString()).isEqualTo("fourth");

            unchanged = api.start("ongewijzigd", "nl", "Cas", "Zorg");
            answer(api, unchanged, "welcome", null, "first", "Een", "second", "Twee");
            unchangedEn = api.start("ongewijzigd", "en", "Dee", "Welzijn");
            answer(api, unchangedEn, "welcome", null, "first", "One");
        }

        Files.copy(VERSIONS.resolve("versie-2.yaml"), dialogues.resolve("versies.yaml"),
                StandardCopyOption.REPLACE_EXISTING);

        try (ConfigurableApplicationContext second = RestartedApplication.start(dialogues, data)) {
            ApiClient api = new ApiClient(RestartedApplication.port(second));

            // the step the partner was at is gone: back to the nearest earlier answered step, with a notice
            JsonNode view = api.view(atGoneNode);
            JsonNode step = view.get("step");
            assertThat(step.get("nodeId").asString()).isEqualTo("second");
            assertThat(step.get("answer").get("value").asString()).isEqualTo("Twee");
            assertThat(step.get("notice").asString())
                    .startsWith("Dit gesprek is aangepast sinds je begon")
                    .contains("de vraag waar je was bestaat niet meer", "stap 3");
            assertThat(nodeIds(view.get("answers"))).containsExactly("first", "second");
            assertThat(api.view(atGoneNode).get("step").get("notice").asString())
                    .as("the notice stays until the partner goes on").isNotBlank();
            JsonNode next = api.answerOk(atGoneNode, "second", "Twee, nog steeds");
            assertThat(next.get("nodeId").asString()).isEqualTo("fourth");
            assertThat(next.has("notice")).isFalse();
            assertThat(api.view(atGoneNode).get("step").has("notice"))
                    .as("once the conversation follows the new version, no more notice").isFalse();

            // the step is still there, an earlier answer's node is not: it stays in the log, is not replayed
            view = api.view(pastGoneNode);
            step = view.get("step");
            assertThat(step.get("nodeId").asString()).isEqualTo("fourth");
            assertThat(step.get("notice").asString()).startsWith("This conversation has changed since you began")
                    .contains("1 of your earlier answers");
            assertThat(nodeIds(view.get("answers"))).containsExactly("first", "second");
            assertThat(step.get("progress").get("total").asInt()).isEqualTo(5);
            List<String> logged = second.getBean(AnswerLog.class).history(pastGoneNode.id()).stream()
                    .map(LoggedAnswer::stepId).toList();
            assertThat(logged).as("the answer log keeps every answer").contains("first", "second", "third");
            assertThat(api.get("/api/conversations/" + pastGoneNode.id() + "/transcript.md", pastGoneNode.token()).body())
                    .contains("One", "Two").doesNotContain("Three");
            assertThat(api.answerOk(pastGoneNode, "fourth", "Four").get("type").asString()).isEqualTo("end");

            // a dialogue that did not change: the conversation goes on as it was, without a notice
            for (Started c : List.of(unchanged, unchangedEn)) {
                JsonNode same = api.view(c).get("step");
                assertThat(same.has("notice")).isFalse();
            }
            assertThat(api.view(unchanged).get("step").get("nodeId").asString()).isEqualTo("third");
            assertThat(api.view(unchangedEn).get("step").get("nodeId").asString()).isEqualTo("second");
        }
    }

    private static void answer(ApiClient api, Started c, Object... stepsAndValues) {
        for (int i = 0; i < stepsAndValues.length; i += 2) {
            api.answerOk(c, (String) stepsAndValues[i], stepsAndValues[i + 1]);
        }
    }

    private static List<String> nodeIds(JsonNode answers) {
        List<String> ids = new ArrayList<>();
        answers.forEach(a -> ids.add(a.get("nodeId").asString()));
        return ids;
    }
}
