package nl.samenspraak.conversation;

import nl.samenspraak.ApiClient;
import nl.samenspraak.TestDialogueIntegrationTest;
import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.answer.LoggedAnswer;
import nl.samenspraak.ApiClient.Response;
import nl.samenspraak.ApiClient.Started;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solo conversation API over real HTTP, against the tests' own dialogues {@code proefgesprek} and
 * {@code proefspanningen} ({@code src/test/resources/test-dialogues}) in the shared application of
 * {@link TestDialogueIntegrationTest}, so that rewording or renaming a shipped question breaks none of these tests.
 * That the shipped dialogues are listed and can be walked to their end over HTTP is {@link ShippedDialoguesApiTest}.
 */
@TestDialogueIntegrationTest
class ConversationApiTest {

    /** The test dialogues: a solo conversation with a branch and a recap, and tensions with a foreach. */
    static final String TALK = "proefgesprek";
    static final String TENSIONS = "proefspanningen";

    /** Long enough that no probe is asked (the highest belowWords in the test dialogues is 12). */
    private static final String LONG_TEXT = "Voor mij gaat het erom dat ouderen in deze wijk prettig kunnen blijven "
            + "wonen, ook als ze later meer hulp nodig krijgen van ons allemaal";

    @LocalServerPort
    int port;

    @Autowired
    AnswerLog answerLog;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    // ---------------------------------------------------------------- dialogues

    @Test
    void listsTheDialoguesWithTheirSummaries() {
        Response response = api.get("/api/dialogues", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list.isArray()).isTrue();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        list.forEach(d -> byId.put(d.get("id").asString(), d));
        assertThat(byId.keySet()).as("the test dialogues, in the order of their files")
                .containsExactly(TALK, TENSIONS, "weergave");
        for (JsonNode d : byId.values()) {
            assertThat(strings(d.get("languages"))).containsExactly("nl", "en");
            assertThat(strings(d.get("modes"))).contains("solo");
            assertThat(d.has("nodes")).as("the list holds summaries, not whole dialogues").isFalse();
        }
        JsonNode talk = byId.get(TALK);
        assertThat(talk.get("title").get("nl").asString()).isEqualTo("Proefgesprek");
        assertThat(talk.get("title").get("en").asString()).isEqualTo("Trial conversation");
        assertThat(talk.get("description").get("en").asString()).isEqualTo("A conversation for the tests of the API.");
        assertThat(talk.get("estimatedMinutes").isInt()).isTrue();
        assertThat(talk.get("estimatedMinutes").asInt()).isEqualTo(12);
    }

    @Test
    void returnsAWholeDialogue() {
        Response response = api.get("/api/dialogues/" + TENSIONS, null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode d = response.json();
        assertThat(d.get("id").asString()).isEqualTo(TENSIONS);
        assertThat(d.get("version").asInt()).isEqualTo(1);
        assertThat(d.get("sources").size()).isEqualTo(1);
        assertThat(d.get("sources").get(0).get("cite").asString()).isEqualTo("Proefbron over spanningen (2022)");
        JsonNode tensions = node(d.get("nodes"), "spanningen-kiezen");
        assertThat(tensions.get("type").asString()).isEqualTo("multi");
        assertThat(tensions.get("options").size()).isEqualTo(6);
        JsonNode first = tensions.get("options").get(0);
        assertThat(first.get("id").asString()).isEqualTo("snel-of-zorgvuldig");
        assertThat(first.get("attributes").get("left").get("en").asString()).isEqualTo("Fast");
        JsonNode foreach = node(d.get("nodes"), "per-spanning");
        assertThat(foreach.get("type").asString()).isEqualTo("foreach");
        assertThat(foreach.get("over").asString()).isEqualTo("spanningen-kiezen");
        assertThat(node(foreach.get("nodes"), "stand").get("type").asString()).isEqualTo("scale");
    }

    @Test
    void anUnknownDialogueIs404WithErrorAndMessage() {
        Response response = api.get("/api/dialogues/no-such-dialogue", null);

        assertThat(response.status()).isEqualTo(404);
        JsonNode error = response.json();
        assertThat(error.get("error").asString()).isEqualTo("not_found");
        assertThat(error.get("message").asString()).contains("no-such-dialogue");
        assertThat(error.has("field")).isFalse();
    }

    // ---------------------------------------------------------------- start

    @Test
    void startingGives201WithIdTokenFirstStepAndLocation() {
        Response response = api.post("/api/conversations", null, Map.of("dialogueId", TALK,
                "language", "en", "participant", Map.of("name", "Ann", "organisation", "Gemeente Zeist")));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        String id = body.get("id").asString();
        String token = body.get("token").asString();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(response.header("Location")).endsWith("/api/conversations/" + id);
        // at least 128 bits: 22 characters of base64url carry 132 bits
        assertThat(token).matches("[A-Za-z0-9_-]{22,}");
        JsonNode step = body.get("step");
        assertThat(step.get("nodeId").asString()).isEqualTo("begroeting");
        assertThat(step.get("type").asString()).isEqualTo("say");
        assertThat(step.get("prompt").asString()).isEqualTo("Hello, Ann. You speak for Gemeente Zeist.");
        assertThat(step.get("progress").get("current").asInt()).isEqualTo(1);
        assertThat(step.get("progress").get("total").asInt()).isGreaterThan(10);
        assertThat(step.get("canGoBack").asBoolean()).isFalse();

        Started other = api.start(TALK, "en", "Ann", "Gemeente Zeist");
        assertThat(other.token()).isNotEqualTo(token);
        assertThat(other.id()).isNotEqualTo(id);
    }

    @Test
    void startingRefusesUnknownDialogueUnsupportedLanguageAndOverlongNames() {
        assertError(api.post("/api/conversations", null, start("no-such-dialogue", "nl", "Ann", "")),
                422, "invalid", "dialogueId", "no-such-dialogue");
        assertError(api.post("/api/conversations", null, Map.of("language", "nl")),
                422, "invalid", "dialogueId", "required");
        assertError(api.post("/api/conversations", null, start(TENSIONS, "de", "Ann", "")),
                422, "invalid", "language", "'de'");
        assertError(api.post("/api/conversations", null, start(TENSIONS, "nl", "A".repeat(101), "")),
                422, "invalid", "participant.name", "at most 100");
        assertError(api.post("/api/conversations", null, start(TENSIONS, "nl", "Ann", "O".repeat(151))),
                422, "invalid", "participant.organisation", "at most 150");

        assertThat(api.post("/api/conversations", null, start(TENSIONS, "nl", "A".repeat(100), "O".repeat(150))).status())
                .as("names exactly at the limits are fine").isEqualTo(201);
    }

    // ---------------------------------------------------------------- read and authorisation

    @Test
    void readingNeedsTheBearerTokenAndNeverTellsWhetherAnIdExists() {
        Started c = api.start(TALK, "nl", "Bea", "Zorggroep");
        String path = "/api/conversations/" + c.id();

        Response ok = api.get(path, c.token());
        assertThat(ok.status()).isEqualTo(200);
        JsonNode body = ok.json();
        assertThat(body.get("id").asString()).isEqualTo(c.id());
        assertThat(body.get("dialogueId").asString()).isEqualTo(TALK);
        assertThat(body.get("status").asString()).isEqualTo("active");
        assertThat(body.get("step").get("nodeId").asString()).isEqualTo("begroeting");
        assertThat(body.get("answers").isArray()).isTrue();
        assertThat(body.get("answers").size()).isZero();
        assertThat(body.get("progress")).isEqualTo(body.get("step").get("progress"));

        Response missing = api.getWithAuthorization(path, null);
        assertError(missing, 401, "unauthorized", null, "Authorization: Bearer");
        assertError(api.getWithAuthorization(path, "Basic " + c.token()), 401, "unauthorized", null, "");

        Response wrongToken = api.get(path, c.token() + "x");
        assertError(wrongToken, 404, "not_found", null, "");
        Started other = api.start(TALK, "nl", "Cor", "");
        Response othersToken = api.get(path, other.token());
        Response unknownId = api.get("/api/conversations/00000000-0000-0000-0000-000000000000", c.token());
        assertThat(othersToken.status()).isEqualTo(404);
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(othersToken.body()).isEqualTo(wrongToken.body());
        assertThat(unknownId.body()).as("an unknown id looks exactly like a wrong token").isEqualTo(wrongToken.body());

        // the same protection on every other endpoint
        assertThat(api.post(path + "/answers", c.token() + "x", Map.of("nodeId", "begroeting")).status()).isEqualTo(404);
        assertThat(api.post(path + "/back", c.token() + "x", Map.of()).status()).isEqualTo(404);
        assertThat(api.get(path + "/transcript.md", c.token() + "x").status()).isEqualTo(404);
        assertThat(api.post(path + "/answers", null, Map.of("nodeId", "begroeting")).status()).isEqualTo(401);
        assertThat(api.view(c).get("step").get("nodeId").asString()).as("nothing changed").isEqualTo("begroeting");
    }

    // ---------------------------------------------------------------- answers: steps and refusals

    @Test
    void aTextStepCarriesPromptLimitsAndProgress() {
        Started c = api.start(TALK, "en", "Ann", "Gemeente Zeist");

        JsonNode step = api.answerOk(c, "begroeting", null);

        assertThat(step.get("nodeId").asString()).isEqualTo("beeld");
        assertThat(step.get("type").asString()).isEqualTo("text");
        assertThat(step.get("prompt").asString()).startsWith("What is our common aim?")
                .contains("Gemeente Zeist");
        assertThat(step.get("help").asString()).isNotBlank();
        assertThat(step.get("placeholder").asString()).startsWith("For example");
        assertThat(step.get("limits").get("minWords").asInt()).isEqualTo(1);
        assertThat(step.get("limits").get("maxWords").asInt()).isEqualTo(400);
        assertThat(step.get("limits").get("maxChars").asInt()).isEqualTo(3000);
        assertThat(step.get("progress").get("current").asInt()).isEqualTo(2);
        assertThat(step.get("visibility").asString()).isEqualTo("shared");
        assertThat(step.get("canGoBack").asBoolean()).isTrue();
        assertThat(step.has("probe")).isFalse();
        assertThat(step.has("answer")).isFalse();
    }

    @Test
    void refusedAnswersNameTheFieldAndChangeNothing() {
        Started c = api.start(TALK, "en", "Ann", "");
        api.answerOk(c, "begroeting", null);
        int loggedBefore = answerLog.history(c.id()).size();

        assertError(api.answer(c, "beeld", "   "), 422, "invalid_answer", "value", "the answer is empty");
        assertError(api.answer(c, "beeld", "a".repeat(3001)), 422, "invalid_answer", "value",
                "3001 characters; at most 3000");
        assertError(api.answer(c, "beeld", 5), 422, "invalid_answer", "value", "expected text");
        assertError(api.answer(c, "beeld", List.of("a", "b")), 422, "invalid_answer", "value", "expected text");
        assertError(api.answer(c, "soort", "samen"), 422, "invalid_answer", "nodeId",
                "the current step is 'beeld'");
        assertError(api.answer(c, "begroeting", null), 422, "invalid_answer", "nodeId", "not the current step");
        assertError(api.post("/api/conversations/" + c.id() + "/answers", c.token(),
                        Map.of("nodeId", "beeld", "value", LONG_TEXT, "visibility", "secret")),
                422, "invalid", "visibility", "'shared' or 'private'");

        JsonNode view = api.view(c);
        assertThat(view.get("step").get("nodeId").asString()).isEqualTo("beeld");
        assertThat(view.get("answers").size()).isZero();
        assertThat(answerLog.history(c.id())).as("nothing refused reaches the answer log").hasSize(loggedBefore);

        // a text of exactly maxChars is fine
        String longest = "abcdefghi ".repeat(300).substring(0, 2999) + "x"; // 300 words, within maxWords
        assertThat(longest).hasSize(3000);
        assertThat(api.answerOk(c, "beeld", longest).get("nodeId").asString()).isEqualTo("overgang");
    }

    @Test
    void choiceListMultiAndScaleRefuseValuesThatDoNotFit() {
        Started bh = api.start(TALK, "en", "Ann", "");
        JsonNode choice = walkTo(bh, "soort", Map.of());
        assertThat(strings(choice.get("options"), "id")).containsExactly("samen", "hoger", "weet-niet");
        assertError(api.answer(bh, "soort", "maybe"), 422, "invalid_answer", "value",
                "unknown option 'maybe'; expected one of samen, hoger, weet-niet");
        assertError(api.answer(bh, "soort", List.of("samen")), 422, "invalid_answer", "value",
                "expected an option id");

        JsonNode list = walkTo(bh, "inbreng", Map.of());
        assertThat(list.get("type").asString()).isEqualTo("list");
        assertThat(list.get("limits").get("maxItems").asInt()).isEqualTo(10);
        assertError(api.answer(bh, "inbreng", List.of()), 422, "invalid_answer", "value", "at least 1 item(s) needed, got 0");
        assertError(api.answer(bh, "inbreng", List.of("time", " ")), 422, "invalid_answer", "value[1]", "item 2 is empty");
        assertError(api.answer(bh, "inbreng", List.of("x".repeat(201))), 422, "invalid_answer", "value[0]",
                "201 characters; at most 200");
        assertError(api.answer(bh, "inbreng", java.util.Collections.nCopies(11, "time")), 422, "invalid_answer", "value",
                "at most 10 item(s) allowed, got 11");
        api.answerOk(bh, "inbreng", List.of("time", "knowledge, of the area"));
        assertThat(answered(api.view(bh).get("answers"), "inbreng").get("display").asString())
                .as("list items are joined by semicolons, so that an item's own comma stays readable")
                .isEqualTo("time; knowledge, of the area");

        Started px = api.start(TENSIONS, "en", "Ann", "");
        JsonNode multi = walkTo(px, "spanningen-kiezen", Map.of());
        assertThat(multi.get("limits").get("maxSelected").asInt()).isEqualTo(4);
        List<String> ids = strings(multi.get("options"), "id");
        assertError(api.answer(px, "spanningen-kiezen", ids.subList(0, 5)), 422, "invalid_answer", "value",
                "at most 4 option(s) allowed, got 5");
        assertError(api.answer(px, "spanningen-kiezen", List.of(ids.get(0), ids.get(0))), 422, "invalid_answer", "value[1]",
                "given twice");
        assertError(api.answer(px, "spanningen-kiezen", List.of(ids.get(0), "nope")), 422, "invalid_answer", "value[1]",
                "unknown option 'nope'");
        assertError(api.answer(px, "spanningen-kiezen", List.of()), 422, "invalid_answer", "value", "at least 1");

        JsonNode scale = api.answerOk(px, "spanningen-kiezen", List.of(ids.get(0)));
        String position = scale.get("nodeId").asString();
        assertThat(scale.get("type").asString()).isEqualTo("scale");
        assertThat(scale.get("scaleWords").size()).as("how each position reads, for the slider").isEqualTo(7);
        assertThat(scale.get("scaleWords").get(3).get("display").asString()).isEqualTo("0: right in the middle");
        assertThat(scale.get("scaleWords").get(6).get("display").asString())
                .isEqualTo("+3: fully ‘" + scale.get("poles").get("right").asString() + "’");
        assertError(api.answer(px, position, 4), 422, "invalid_answer", "value", "the position 4 is outside the scale -3 to 3");
        assertError(api.answer(px, position, -4), 422, "invalid_answer", "value", "outside the scale -3 to 3");
        assertError(api.answer(px, position, 1.5), 422, "invalid_answer", "value", "whole number from -3 to 3, not 1.5");
        assertError(api.answer(px, position, "2"), 422, "invalid_answer", "value", "whole number from -3 to 3, not a text");
        assertError(api.answer(px, position, null), 422, "invalid_answer", "value", "not nothing");
        assertThat(api.answerOk(px, position, 3).get("nodeId").asString()).isEqualTo("waarde-links@" + ids.get(0));
    }

    @Test
    void badJsonIs400NamingTheField() {
        Started c = api.start(TALK, "en", "Ann", "");
        String answers = "/api/conversations/" + c.id() + "/answers";

        Response malformed = api.postRaw(answers, c.token(), "{\"nodeId\": \"begroeting\", ");
        assertError(malformed, 400, "bad_request", null, "malformed JSON");

        assertError(api.postRaw(answers, c.token(), "{\"nodeId\": \"begroeting\", \"colour\": \"red\"}"),
                400, "bad_request", "colour", "unknown field 'colour'");
        assertError(api.postRaw(answers, c.token(), "{\"nodeId\": 5}"), 400, "bad_request", "nodeId", "'nodeId'");
        assertError(api.postRaw(answers, c.token(), "{\"nodeId\": \"begroeting\", \"visibility\": true}"),
                400, "bad_request", "visibility", "'visibility'");
        assertError(api.postRaw(answers, c.token(), "{\"nodeId\": [\"begroeting\"]}"), 400, "bad_request", "nodeId", "'nodeId'");
        assertError(api.postRaw(answers, c.token(), ""), 400, "bad_request", null, "body");
        assertError(api.postRaw("/api/conversations", null,
                        "{\"dialogueId\": \"" + TENSIONS + "\", \"participant\": {\"name\": 7}}"),
                400, "bad_request", "participant.name", "'participant.name'");
        assertError(api.postRaw("/api/conversations", null, "{\"dialogueId\": \"" + TENSIONS + "\", \"participant\": \"Ann\"}"),
                400, "bad_request", "participant", "'participant'");
        assertError(api.postRaw("/api/conversations", null, "{\"dialogueId\": \"" + TENSIONS + "\", \"role\": \"x\"}"),
                400, "bad_request", "role", "unknown field 'role'");

        assertThat(api.view(c).get("step").get("nodeId").asString()).isEqualTo("begroeting");
    }

    // ---------------------------------------------------------------- foreach, probe, back, branch, recap

    @Test
    void aForeachRunsTheScaleStepsOncePerChosenOptionWithPolesFromTheOptionAttributes() {
        JsonNode options = node(api.get("/api/dialogues/" + TENSIONS, null).json().get("nodes"), "spanningen-kiezen").get("options");
        JsonNode first = options.get(0);
        JsonNode second = options.get(4);
        String a = first.get("id").asString();
        String b = second.get("id").asString();

        Started c = api.start(TENSIONS, "en", "Ann", "");
        JsonNode multi = walkTo(c, "spanningen-kiezen", Map.of());
        assertThat(multi.get("type").asString()).isEqualTo("multi");
        assertThat(multi.get("options").get(0).get("label").asString()).isEqualTo(first.get("label").get("en").asString());
        int totalBefore = multi.get("progress").get("total").asInt();

        JsonNode step = api.answerOk(c, "spanningen-kiezen", List.of(a, b));

        assertThat(step.get("nodeId").asString()).isEqualTo("stand@" + a);
        assertThat(step.get("type").asString()).isEqualTo("scale");
        assertThat(step.get("min").asInt()).isEqualTo(-3);
        assertThat(step.get("max").asInt()).isEqualTo(3);
        assertThat(step.get("poles").get("left").asString()).isEqualTo(first.get("attributes").get("left").get("en").asString());
        assertThat(step.get("poles").get("right").asString()).isEqualTo(first.get("attributes").get("right").get("en").asString());
        assertThat(step.get("item").get("id").asString()).isEqualTo(a);
        assertThat(step.get("item").get("index").asInt()).isEqualTo(1);
        assertThat(step.get("item").get("count").asInt()).isEqualTo(2);
        assertThat(step.get("prompt").asString()).contains(first.get("label").get("en").asString());
        assertThat(step.get("progress").get("total").asInt()).as("each chosen tension adds its scale, both values and the choice for now; "
                + "what would be lost counts once the position asks for it").isEqualTo(totalBefore + 2 * 4);

        // a strong left position asks what would be lost on the right, and not the other way round
        List<String> visited = new ArrayList<>();
        visited.add(step.get("nodeId").asString());
        step = api.answerOk(c, "stand@" + a, -3);
        while (!step.get("nodeId").asString().startsWith("stand@")) {
            visited.add(step.get("nodeId").asString());
            step = api.answerOk(c, step.get("nodeId").asString(), LONG_TEXT);
        }
        assertThat(visited).containsExactly("stand@" + a, "waarde-links@" + a, "waarde-rechts@" + a, "verlies-rechts@" + a,
                "keuze-nu@" + a);

        assertThat(step.get("nodeId").asString()).isEqualTo("stand@" + b);
        assertThat(step.get("poles").get("left").asString()).isEqualTo(second.get("attributes").get("left").get("en").asString());
        assertThat(step.get("poles").get("right").asString()).isEqualTo(second.get("attributes").get("right").get("en").asString());
        assertThat(step.get("item").get("index").asInt()).isEqualTo(2);

        step = api.answerOk(c, "stand@" + b, 2);
        visited.clear();
        while (!step.get("nodeId").asString().equals("toekomstbeeld")) {
            visited.add(step.get("nodeId").asString());
            step = api.answerOk(c, step.get("nodeId").asString(), LONG_TEXT);
        }
        assertThat(visited).containsExactly("waarde-links@" + b, "waarde-rechts@" + b, "verlies-links@" + b,
                "keuze-nu@" + b);

        JsonNode answers = api.view(c).get("answers");
        JsonNode position = answered(answers, "stand@" + a);
        assertThat(position.get("value").asInt()).isEqualTo(-3);
        assertThat(position.get("display").asString()).as("a position reads in words, between the item's poles")
                .isEqualTo("-3: fully ‘" + first.get("attributes").get("left").get("en").asString() + "’");
        assertThat(answered(answers, "stand@" + b).get("display").asString())
                .isEqualTo("+2: leaning to ‘" + second.get("attributes").get("right").get("en").asString() + "’");
    }

    @Test
    void aShortTextAnswerIsProbedOnceThenAccepted() {
        Started c = api.start(TALK, "en", "Ann", "");
        api.answerOk(c, "begroeting", null);

        JsonNode probed = api.answerOk(c, "beeld", "Samen sterker");

        assertThat(probed.get("nodeId").asString()).as("stays at the step").isEqualTo("beeld");
        assertThat(probed.get("probe").asString()).isEqualTo("Would you say a bit more?");
        assertThat(probed.get("answer").get("value").asString()).isEqualTo("Samen sterker");
        assertThat(api.view(c).get("step").get("probe").asString()).as("the probe survives a reload")
                .isEqualTo("Would you say a bit more?");

        JsonNode next = api.answerOk(c, "beeld", "Samen sterker dan alleen");

        assertThat(next.get("nodeId").asString()).as("the probe is asked once").isEqualTo("overgang");
        assertThat(answered(api.view(c).get("answers"), "beeld").get("value").asString())
                .isEqualTo("Samen sterker dan alleen");
    }

    @Test
    void aProbedAnswerThatIsExpandedMovesOn() {
        Started c = api.start(TALK, "en", "Ann", "");
        api.answerOk(c, "begroeting", null);
        assertThat(api.answerOk(c, "beeld", "Samen sterker").has("probe")).isTrue();

        JsonNode next = api.answerOk(c, "beeld", LONG_TEXT);

        assertThat(next.get("nodeId").asString()).isEqualTo("overgang");
        assertThat(next.has("probe")).isFalse();
    }

    @Test
    void aProblemFramedAnswerIsInvitedTowardsTheFuture() {
        Started c = api.start(TENSIONS, "nl", "Anna", "Zorggroep West");
        walkTo(c, "toekomstbeeld", Map.of());
        String problem = "Er is te weinig personeel in de zorg en de wachtlijsten voor een passende woning zijn veel te lang";

        JsonNode probed = api.answerOk(c, "toekomstbeeld", problem);

        assertThat(probed.get("nodeId").asString()).as("stays at the step").isEqualTo("toekomstbeeld");
        assertThat(probed.get("probe").asString()).as("long enough for the short probe; the analyser found the problem")
                .isEqualTo("Je noemt vooral wat er misgaat. Hoe ziet het eruit als het lukt?");
        assertThat(api.view(c).get("step").get("probe").asString()).startsWith("Je noemt vooral");

        JsonNode next = api.answerOk(c, "toekomstbeeld", "We willen dat ouderen in de wijk een vaste plek hebben "
                + "waar ze elkaar ontmoeten en hulp vinden wanneer ze die nodig hebben");

        assertThat(next.get("nodeId").asString()).isEqualTo("samenvatting");
    }

    @Test
    void backReturnsThePreviousStepPrefilledAndJumpsOnlyToEarlierSteps() {
        Started c = api.start(TALK, "en", "Ann", "");
        String back = "/api/conversations/" + c.id() + "/back";
        assertError(api.post(back, c.token(), Map.of()), 422, "invalid_answer", "nodeId", "already at the first step");
        api.answerOk(c, "begroeting", null);
        api.answerOk(c, "beeld", LONG_TEXT);

        Response previous = api.post(back, c.token(), Map.of());

        assertThat(previous.status()).isEqualTo(200);
        JsonNode step = previous.json().get("step");
        assertThat(step.get("nodeId").asString()).isEqualTo("beeld");
        assertThat(step.get("answer").get("value").asString()).isEqualTo(LONG_TEXT);
        assertThat(step.get("answer").get("visibility").asString()).isEqualTo("shared");
        assertThat(api.view(c).get("step").get("nodeId").asString()).as("the position is stored").isEqualTo("beeld");

        walkTo(c, "soort", Map.of("beeld", LONG_TEXT));
        assertError(api.post(back, c.token(), Map.of("nodeId", "terugblik")), 422, "invalid_answer", "nodeId",
                "'terugblik' is not an earlier step");
        assertError(api.post(back, c.token(), Map.of("nodeId", "soort")), 422, "invalid_answer", "nodeId",
                "not an earlier step");
        assertError(api.post(back, c.token(), Map.of("nodeId", "no-such-step")), 422, "invalid_answer", "nodeId",
                "not an earlier step");
        assertError(api.post(back, c.token(), Map.of("nodeId", "alleen-samen")), 422, "invalid_answer", "nodeId",
                "not an earlier step");
        assertThat(api.view(c).get("step").get("nodeId").asString()).isEqualTo("soort");

        JsonNode jumped = api.post(back, c.token(), Map.of("nodeId", "beeld")).json().get("step");

        assertThat(jumped.get("nodeId").asString()).isEqualTo("beeld");
        assertThat(jumped.get("answer").get("value").asString()).isEqualTo(LONG_TEXT);
        assertThat(jumped.get("progress").get("current").asInt()).isEqualTo(2);
    }

    @Test
    void changingAnEarlierChoiceReevaluatesTheBranchAfterIt() {
        Started c = api.start(TALK, "en", "Ann", "");
        walkTo(c, "evenwicht", Map.of());
        api.answerOk(c, "evenwicht", "even");
        assertThat(api.answerOk(c, "evenwicht-waarom", LONG_TEXT).get("nodeId").asString())
                .as("'even' takes the otherwise way").isEqualTo("slotvraag");

        api.post("/api/conversations/" + c.id() + "/back", c.token(), Map.of("nodeId", "evenwicht"));
        JsonNode why = api.answerOk(c, "evenwicht", "oneven");
        assertThat(why.get("nodeId").asString()).isEqualTo("evenwicht-waarom");
        assertThat(why.get("answer").get("value").asString()).isEqualTo(LONG_TEXT);
        JsonNode restore = api.answerOk(c, "evenwicht-waarom", LONG_TEXT);
        assertThat(restore.get("nodeId").asString()).isEqualTo("herstellen");
        assertThat(api.answerOk(c, "herstellen", "Meer tijd van de gemeente en een vaste trekker voor het "
                + "overleg zodat iedereen weet waar hij aan toe is").get("nodeId").asString())
                .as("herstellen jumps past bewaken").isEqualTo("slotvraag");
        assertThat(stepIds(api.view(c).get("answers"))).contains("herstellen").doesNotContain("bewaken");

        api.post("/api/conversations/" + c.id() + "/back", c.token(), Map.of("nodeId", "evenwicht"));
        api.answerOk(c, "evenwicht", "bijna");
        assertThat(api.answerOk(c, "evenwicht-waarom", LONG_TEXT).get("nodeId").asString()).isEqualTo("bewaken");
        assertThat(stepIds(api.view(c).get("answers"))).as("an answer off the new way is not listed")
                .doesNotContain("herstellen");
    }

    @Test
    void theRecapListsEarlierAnswersAndEditsThem() {
        Started c = api.start(TALK, "en", "Ann", "");
        JsonNode recap = walkTo(c, "terugblik", Map.of("soort", "hoger"));

        assertThat(recap.get("type").asString()).isEqualTo("recap");
        List<String> listed = stepIds(recap.get("recap"));
        assertThat(listed).startsWith("beeld", "eigen-doel", "eigen-wens", "gedeeld",
                "soort").contains("inbreng", "evenwicht", "slotvraag").doesNotContain("begroeting", "terugblik");
        assertThat(listed).isEqualTo(stepIds(api.view(c).get("answers")));
        JsonNode kind = answered(recap.get("recap"), "soort");
        assertThat(kind.get("value").asString()).isEqualTo("hoger");
        assertThat(kind.get("display").asString()).isEqualTo("Higher: an aim above us all");
        assertThat(kind.get("options").size()).isEqualTo(3);
        assertThat(answered(recap.get("recap"), "eigen-wens").get("visibility").asString()).isEqualTo("private");

        assertError(api.answer(c, "terugblik", Map.of("begroeting", "hi")), 422, "invalid_answer", "value.begroeting",
                "not a question before this recap");
        assertError(api.answer(c, "terugblik", Map.of("soort", "maybe")), 422, "invalid_answer", "value.soort",
                "unknown option 'maybe'");
        assertError(api.answer(c, "terugblik", "edits"), 422, "invalid_answer", "value", "object of changed answers");

        String changed = "Na nog eens nadenken: samen zorgen dat iedereen in het dorp oud kan worden";
        JsonNode end = api.answerOk(c, "terugblik", Map.of("beeld", changed, "soort", "samen",
                "eigen-wens", changed));

        assertThat(end.get("type").asString()).isEqualTo("end");
        JsonNode view = api.view(c);
        assertThat(view.get("status").asString()).isEqualTo("finished");
        assertThat(answered(view.get("answers"), "beeld").get("value").asString()).isEqualTo(changed);
        assertThat(answered(view.get("answers"), "soort").get("value").asString()).isEqualTo("samen");
        assertThat(answered(view.get("answers"), "eigen-wens").get("value").asString()).isEqualTo(changed);
        assertThat(answered(view.get("answers"), "eigen-wens").get("visibility").asString())
                .as("an edit keeps the visibility").isEqualTo("private");
    }

    @Test
    void aRecapEditThatOpensANewQuestionLeadsThereFirst() {
        Started c = api.start(TALK, "en", "Ann", "");
        walkTo(c, "terugblik", Map.of("evenwicht", "even"));

        JsonNode step = api.answerOk(c, "terugblik", Map.of("evenwicht", "oneven"));

        assertThat(step.get("nodeId").asString()).isEqualTo("herstellen");
        assertThat(api.view(c).get("status").asString()).isEqualTo("active");
    }

    // ---------------------------------------------------------------- visibility and transcript

    @Test
    void visibilityOfAnAnswerCanBeChangedAndShowsInAnswersAndTranscript() {
        Started c = api.start(TALK, "en", "Ann", "");
        walkTo(c, "gedeeld", Map.of("beeld", LONG_TEXT));
        String visibility = "/api/conversations/" + c.id() + "/visibility";
        JsonNode answers = api.view(c).get("answers");
        assertThat(answered(answers, "beeld").get("visibility").asString()).isEqualTo("shared");
        assertThat(answered(answers, "eigen-wens").get("visibility").asString())
                .as("the node's default").isEqualTo("private");

        Response changed = api.post(visibility, c.token(), Map.of("nodeId", "beeld", "visibility", "private"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("step").get("nodeId").asString()).as("the position stays").isEqualTo("gedeeld");
        assertThat(api.post(visibility, c.token(), Map.of("nodeId", "eigen-wens", "visibility", "shared")).status())
                .isEqualTo(200);

        answers = api.view(c).get("answers");
        assertThat(answered(answers, "beeld").get("visibility").asString()).isEqualTo("private");
        assertThat(answered(answers, "beeld").get("value").asString()).as("the value stays").isEqualTo(LONG_TEXT);
        assertThat(answered(answers, "eigen-wens").get("visibility").asString()).isEqualTo("shared");
        String transcript = api.get("/api/conversations/" + c.id() + "/transcript.md", c.token()).body();
        assertThat(section(transcript, "What is our common aim?")).contains("*Private: for you only.*");
        assertThat(section(transcript, "And what do you want yourself?")).doesNotContain("Private");

        assertError(api.post(visibility, c.token(), Map.of("nodeId", "beeld", "visibility", "secret")),
                422, "invalid", "visibility", "'secret'");
        assertError(api.post(visibility, c.token(), Map.of("nodeId", "beeld")), 422, "invalid", "visibility", "");
        assertError(api.post(visibility, c.token(), Map.of("nodeId", "evenwicht", "visibility", "private")),
                422, "invalid_answer", "nodeId", "'evenwicht' has no answer to change");
        assertError(api.post(visibility, c.token(), Map.of("visibility", "private")), 422, "invalid", "nodeId", "required");
    }

    @Test
    void theTranscriptIsUtf8MarkdownWithTheAnswersEscaped() {
        Started c = api.start(TALK, "en", "Ann *de* Vries", "Gemeente <Zeist>");
        String hostile = "<script>alert('x')</script> **vet** [klik](http://evil.example) _schuin_ `code` # kop — café, "
                + "en verder nog een paar gewone woorden zodat er geen doorvraag komt";
        walkTo(c, "soort", Map.of("beeld", hostile, "eigen-doel", LONG_TEXT));

        Response response = api.get("/api/conversations/" + c.id() + "/transcript.md", c.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("text/markdown;charset=UTF-8");
        String md = response.body();
        assertThat(md).startsWith("# Trial conversation\n");
        assertThat(md).contains("Participant: Ann \\*de\\* Vries (Gemeente \\<Zeist\\>)");
        assertThat(md).contains(LONG_TEXT);
        assertThat(md).contains("\\<script\\>alert('x')\\</script\\> \\*\\*vet\\*\\* \\[klik\\](http://evil.example) "
                + "\\_schuin\\_ \\`code\\` \\# kop — café, en verder");
        assertThat(md).doesNotContain("<script>").doesNotContain("**vet**").doesNotContain("[klik]");
        assertThat(md).contains("## What is our common aim?");
        assertThat(md).as("an unanswered question is not in the transcript")
                .doesNotContain("What kind of aim is it?");
        assertThat(md).contains("Sources: Proefbron (2020, p.7), hoofdstuk 1");
    }

    @Test
    void markdownAtTheStartOfALineInAnAnswerMakesNoStructureInTheTranscript() {
        Started c = api.start(TALK, "en", "Ann", "");
        String text = "Eerste regel met genoeg woorden zodat er geen doorvraag komt bij deze vraag hier\n"
                + "- een lijstje\n"
                + "1. genummerd\n"
                + "---\n"
                + "Kop met streepjes\n"
                + "=====\n"
                + "~~doorgehaald~~";
        walkTo(c, "overgang", Map.of("beeld", text));

        String md = api.get("/api/conversations/" + c.id() + "/transcript.md", c.token()).body();
        List<String> lines = md.lines().toList();

        assertThat(lines).as("a list item made by the participant:%n%s", md).noneMatch(l -> l.startsWith("- een lijstje"));
        assertThat(lines).as("a numbered item made by the participant:%n%s", md).noneMatch(l -> l.startsWith("1. genummerd"));
        assertThat(lines).as("a setext heading made by the participant:%n%s", md).noneMatch(l -> l.equals("====="));
        assertThat(lines.stream().filter(l -> l.equals("---")).count())
                .as("only the transcript's own rule before the sources:%n%s", md).isEqualTo(1);
        assertThat(md).as("strikethrough made by the participant").doesNotContain("~~doorgehaald~~");
    }

    @Test
    void theTranscriptShowsListsChoicesAndScalesAsTheParticipantReadsThem() {
        Started c = api.start(TENSIONS, "en", "Ann", "");
        JsonNode tensions = walkTo(c, "spanningen-kiezen", Map.of());
        String firstLabel = tensions.get("options").get(0).get("label").asString();
        JsonNode scale = api.answerOk(c, "spanningen-kiezen", List.of(tensions.get("options").get(0).get("id").asString()));
        api.answerOk(c, scale.get("nodeId").asString(), 2);

        String md = api.get("/api/conversations/" + c.id() + "/transcript.md", c.token()).body();

        assertThat(md).contains("- " + Transcript.escape(firstLabel) + "\n");
        String right = Transcript.escape(scale.get("poles").get("right").asString());
        assertThat(md).contains("+2: leaning to ‘" + right + "’ (-3 = "
                + Transcript.escape(scale.get("poles").get("left").asString()) + ", 3 = " + right + ")");
    }

    // ---------------------------------------------------------------- answer log

    @Test
    void theAnswerLogKeepsEveryRevision() {
        Started c = api.start(TALK, "en", "Ann", "");
        api.answerOk(c, "begroeting", null);
        api.answerOk(c, "beeld", LONG_TEXT);
        api.post("/api/conversations/" + c.id() + "/back", c.token(), Map.of());
        String second = LONG_TEXT + " en daarnaast ook jongeren";
        api.answerOk(c, "beeld", second);

        List<LoggedAnswer> history = answerLog.history(c.id());

        List<LoggedAnswer> sharedView = history.stream().filter(a -> a.stepId().equals("beeld")).toList();
        assertThat(sharedView).extracting(LoggedAnswer::revision).containsExactly(1, 2);
        assertThat(sharedView).extracting(a -> ApiClient.JSON.readValue(a.valueJson(), String.class))
                .containsExactly(LONG_TEXT, second);
        assertThat(sharedView).allSatisfy(a -> {
            assertThat(a.conversationId()).isEqualTo(c.id());
            assertThat(a.nodeId()).isEqualTo("beeld");
            assertThat(a.visibility()).isEqualTo("shared");
            assertThat(a.createdAt()).isNotNull();
        });
        assertThat(history).as("only questions are logged, not say steps").extracting(LoggedAnswer::stepId)
                .containsOnly("beeld");

        api.post("/api/conversations/" + c.id() + "/visibility", c.token(),
                Map.of("nodeId", "beeld", "visibility", "private"));
        LoggedAnswer third = answerLog.history(c.id()).get(2);
        assertThat(third.revision()).isEqualTo(3);
        assertThat(third.visibility()).isEqualTo("private");
    }

    @Test
    void answersInForeachStepsAreLoggedPerItem() {
        Started c = api.start(TENSIONS, "en", "Ann", "");
        walkTo(c, "spanningen-kiezen", Map.of());
        api.answerOk(c, "spanningen-kiezen", List.of("snel-of-zorgvuldig", "klein-of-groot"));
        api.answerOk(c, "stand@snel-of-zorgvuldig", -1);

        List<LoggedAnswer> history = answerLog.history(c.id());

        assertThat(history).extracting(LoggedAnswer::stepId).containsExactly("spanningen-kiezen", "stand@snel-of-zorgvuldig");
        assertThat(history.get(1).nodeId()).isEqualTo("stand");
        assertThat(history.get(1).valueJson()).isEqualTo("-1");
        assertThat(history.get(0).valueJson()).isEqualTo("[\"snel-of-zorgvuldig\",\"klein-of-groot\"]");
    }

    // ---------------------------------------------------------------- concurrency and docs

    @Test
    void windowsAnsweringTheSameStepAtOnceGetOneAcceptanceAndNoServerError() throws Exception {
        int windows = 16;
        ExecutorService pool = Executors.newFixedThreadPool(windows);
        try {
            for (int round = 0; round < 5; round++) {
                Started c = api.start(TALK, "en", "Ann", "");
                api.answerOk(c, "begroeting", null);
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<Response>> tasks = new ArrayList<>();
                for (int i = 0; i < windows; i++) {
                    String text = LONG_TEXT + " venster " + i;
                    tasks.add(() -> {
                        go.await();
                        return api.answer(c, "beeld", text);
                    });
                }
                List<Future<Response>> futures = new ArrayList<>();
                tasks.forEach(task -> futures.add(pool.submit(task)));
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                List<String> bodies = new ArrayList<>();
                for (Future<Response> f : futures) {
                    statuses.add(f.get().status());
                    bodies.add(f.get().toString());
                }
                // the first answer wins; the others are told the step moved on (422) or collided (409)
                assertThat(statuses).as("round %d: %s", round, bodies)
                        .allMatch(s -> s == 200 || s == 409 || s == 422)
                        .containsOnlyOnce(200);
                assertThat(answerLog.history(c.id())).as("one logged answer for the one acknowledged").hasSize(1);
                assertThat(api.view(c).get("step").get("nodeId").asString()).isEqualTo("overgang");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOpenApiDescriptionListsTheConversationEndpoints() {
        Response response = api.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode paths = response.json().get("paths");
        assertThat(paths.has("/api/conversations")).isTrue();
        assertThat(paths.has("/api/conversations/{id}/answers")).isTrue();
        assertThat(paths.has("/api/dialogues")).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Answers every step with a valid value (or the one given for its id) until the step with the given id
     * is current; returns that step.
     */
    private JsonNode walkTo(Started c, String targetId, Map<String, Object> values) {
        JsonNode step = api.view(c).get("step");
        for (int i = 0; i < 100; i++) {
            String id = step.get("nodeId").asString();
            if (id.equals(targetId)) {
                return step;
            }
            assertThat(step.get("type").asString()).as("ran to the end looking for %s", targetId).isNotEqualTo("end");
            // a given value that is probed is simply given again: the probe is asked only once
            step = api.answerOk(c, id, values.containsKey(id) ? values.get(id) : ApiClient.validValue(step));
        }
        throw new AssertionError("never reached " + targetId);
    }

    private static Map<String, Object> start(String dialogueId, String language, String name, String organisation) {
        return Map.of("dialogueId", dialogueId, "language", language,
                "participant", Map.of("name", name, "organisation", organisation));
    }

    static void assertError(Response response, int status, String error, String field, String messagePart) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        JsonNode body = response.json();
        assertThat(body.path("error").asString()).as("error of %s", response).isEqualTo(error);
        if (field == null) {
            assertThat(body.has("field")).as("no field in %s", response).isFalse();
        } else {
            assertThat(body.path("field").asString()).as("field of %s", response).isEqualTo(field);
        }
        assertThat(body.path("message").asString()).as("message of %s", response).isNotBlank().contains(messagePart);
        assertThat(body.properties()).as("only error, field and message").allMatch(
                e -> Set.of("error", "field", "message").contains(e.getKey()));
    }

    private static JsonNode node(JsonNode nodes, String id) {
        for (JsonNode n : nodes) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id + " in " + nodes);
    }

    private static JsonNode answered(JsonNode answers, String stepId) {
        for (JsonNode a : answers) {
            if (a.get("nodeId").asString().equals(stepId)) {
                return a;
            }
        }
        throw new AssertionError("no answer to " + stepId + " in " + answers);
    }

    private static List<String> stepIds(JsonNode answers) {
        return strings(answers, "nodeId");
    }

    private static List<String> strings(JsonNode array) {
        return strings(array, null);
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        Function<JsonNode, JsonNode> pick = field == null ? n -> n : n -> n.get(field);
        array.forEach(n -> out.add(pick.apply(n).asString()));
        return out;
    }

    /** The transcript section under the heading that starts with the given text, up to the next heading. */
    private static String section(String markdown, String headingStart) {
        int start = markdown.indexOf("## " + headingStart);
        assertThat(start).as("heading '%s' in:%n%s", headingStart, markdown).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

}
