package nl.samenspraak.conversation;

import nl.samenspraak.ApiClient;
import nl.samenspraak.ApiClient.Started;
import nl.samenspraak.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer the server acknowledged with 200 survives a crash: the server runs as a separate JVM
 * ({@link ServerProcess}), is killed with SIGKILL (no shutdown hooks, no orderly close of the database) right after
 * the last answer, and is started again on the same data directory. Not an {@code IntegrationTest}: killing the
 * shared application would end it for every other test. On the test dialogue {@code proefgesprek}, so that a
 * reworded shipped question does not break it.
 *
 * <p>Concurrent: most of its time goes to waiting for its own server JVM to start, which may overlap with the
 * other test classes (see {@code junit-platform.properties}), but not with the other crash test's server.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ServerProcess.ONE_AT_A_TIME)
class ConversationCrashTest {

    @TempDir
    Path workDir;

    @Test
    void acknowledgedAnswersSurviveAKilledServer() throws Exception {
        try (ServerProcess server = new ServerProcess(workDir, ServerProcess.TEST_DIALOGUES)) {
            try {
                ApiClient api = new ApiClient(server.start().port());

                Started c = api.start("proefgesprek", "en", "Ann", "Gemeente Zeist");
                Map<String, Object> acknowledged = new LinkedHashMap<>();
                JsonNode step = c.step();
                step = answer(api, c, step, null, acknowledged);                                  // begroeting
                step = answer(api, c, step, "Samen zorgen dat ouderen prettig in de wijk blijven wonen, ook als ze "
                        + "meer hulp nodig hebben", acknowledged);                                   // beeld
                step = answer(api, c, step, null, acknowledged);                                  // overgang
                step = answer(api, c, step, "Minder wachttijd voor een passende woning en eerder zicht op wie hulp "
                        + "nodig heeft in de wijk", acknowledged);                                   // eigen-doel
                step = answer(api, c, step, "Laten zien dat het anders kan, zonder weer een overleg erbij",
                        acknowledged);                                                               // eigen-wens
                step = answer(api, c, step, "Dat iedereen in het dorp oud kan worden met de hulp die daarbij past",
                        acknowledged);                                                               // gedeeld
                step = answer(api, c, step, "hoger", acknowledged);                               // soort
                assertThat(step.get("nodeId").asString()).isEqualTo("soort-waarom");
                // the last acknowledged answer is a short one: the server keeps the step and asks its probe
                JsonNode lastStep = answer(api, c, step, "Gedeelde zorg", acknowledged);
                assertThat(lastStep.get("nodeId").asString()).isEqualTo("soort-waarom");
                assertThat(lastStep.has("probe")).isTrue();

                server.kill();
                server.start();
                JsonNode view = api.view(c);

                assertThat(view.get("step")).as("the same current step, probe and prefilled answer").isEqualTo(lastStep);
                assertThat(view.get("status").asString()).isEqualTo("active");
                Map<String, Object> stored = new LinkedHashMap<>();
                view.get("answers").forEach(a -> stored.put(a.get("nodeId").asString(),
                        ApiClient.JSON.treeToValue(a.get("value"), Object.class)));
                assertThat(stored).as("every acknowledged answer, in order").containsExactlyEntriesOf(acknowledged);
                assertThat(view.get("answers").get(2).get("nodeId").asString()).isEqualTo("eigen-wens");
                assertThat(view.get("answers").get(2).get("visibility").asString()).isEqualTo("private");

                // the restarted server carries on where the killed one stopped
                JsonNode next = api.answerOk(c, "soort-waarom", "Gedeelde zorg om wachtlijsten");
                assertThat(next.get("nodeId").asString()).isEqualTo("aanpak");
            } catch (Throwable failure) {
                System.out.println("---- server output ----\n" + server.log());
                throw failure;
            }
        }
    }

    /** Answers the given step (a value only for question steps) and records what was acknowledged. */
    private static JsonNode answer(ApiClient api, Started c, JsonNode step, Object value, Map<String, Object> acknowledged) {
        String nodeId = step.get("nodeId").asString();
        JsonNode next = api.answerOk(c, nodeId, value);
        if (value != null) {
            acknowledged.put(nodeId, value);
        }
        return next;
    }
}
