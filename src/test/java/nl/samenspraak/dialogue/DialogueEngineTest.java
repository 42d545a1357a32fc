package nl.samenspraak.dialogue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DialogueEngineTest {

    private final Dialogue demo = TestDialogues.demo();
    private final DialogueEngine engine = new DialogueEngine();
    private final Speaker anna = new Speaker(new Participant("Anna", "Gemeente Zwolle"), "nl", Mode.SOLO);

    private ConversationState state = engine.start(demo, anna);

    private Step answer(Object value) {
        return answer(value, null);
    }

    private Step answer(Object value, Visibility visibility) {
        state = engine.answer(demo, anna, state, step().nodeId(), value, visibility).state();
        return step();
    }

    private Step step() {
        return engine.step(demo, anna, state);
    }

    private void rejected(Object value, String field, String message) {
        String at = step().nodeId();
        assertThatThrownBy(() -> engine.answer(demo, anna, state, at, value, null))
                .isInstanceOfSatisfying(AnswerRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(step().nodeId()).as("a refused answer does not move").isEqualTo(at);
    }

    /** Answers up to and including the tensions, choosing the given ones. */
    private void throughTensions(String... tensions) {
        answer(null);
        answer("Ik zie veel kansen samen");
        answer(List.of("tijd", "kennis"));
        answer(List.of(tensions));
    }

    @Test
    void startsWithARenderedWelcome() {
        Step welcome = step();
        assertThat(welcome.nodeId()).isEqualTo("welcome");
        assertThat(welcome.type()).isEqualTo(NodeType.SAY);
        assertThat(welcome.prompt()).isEqualTo("Hallo Anna van Gemeente Zwolle");
        assertThat(welcome.canGoBack()).isFalse();
        assertThat(welcome.progress().current()).isEqualTo(1);
    }

    @Test
    void rendersInEnglish() {
        Speaker english = new Speaker(new Participant("Ann", ""), "en", Mode.SOLO);
        assertThat(engine.step(demo, english, engine.start(demo, english)).prompt()).isEqualTo("Hello Ann");
    }

    @Test
    void refusesTextThatDoesNotFit() {
        answer(null);
        rejected("   ", "value", "empty");
        rejected("x".repeat(81), "value", "81 characters; at most 80");
        rejected("een twee drie vier vijf zes zeven acht negen tien elf", "value", "11 words; at most 10");
        rejected(42, "value", "expected text, got 42");
    }

    @Test
    void asksTheProbeOnceWhenAnAnswerIsTooShort() {
        answer(null);
        Step probed = answer("kansen");
        assertThat(probed.nodeId()).isEqualTo("view");
        assertThat(probed.probe()).isEqualTo("Wat bedoel je?");
        assertThat(probed.answer().value()).isEqualTo("kansen");
        assertThat(answer("kansen").nodeId()).as("the probe is asked once").isEqualTo("bring");
    }

    @Test
    void checksListsItemByItem() {
        answer(null);
        answer("Ik zie veel kansen samen");
        rejected(List.of("tijd", "een veel te lang item hier"), "value[1]", "item 2 has 26 characters; at most 20");
        rejected(List.of("tijd", " "), "value[1]", "item 2 is empty");
        rejected(List.of("a", "b", "c", "d"), "value", "at most 3 item(s) allowed, got 4");
        rejected(List.of(), "value", "at least 1 item(s) needed, got 0");
        rejected("tijd", "value", "expected a list of texts");
        assertThat(answer(List.of(" tijd ", "kennis")).nodeId()).isEqualTo("tensions");
        assertThat(state.answers().get("bring").value()).isEqualTo(List.of("tijd", "kennis"));
    }

    @Test
    void checksOptions() {
        answer(null);
        answer("Ik zie veel kansen samen");
        answer(List.of("tijd"));
        rejected(List.of("nope"), "value[0]", "unknown option 'nope'; expected one of fast-slow, small-broad, open-closed");
        rejected(List.of("fast-slow", "fast-slow"), "value[1]", "given twice");
        rejected(List.of("fast-slow", "small-broad", "open-closed"), "value", "at most 2 option(s)");
    }

    @Test
    void goesThroughEachChosenItemWithItsPoles() {
        throughTensions("small-broad", "fast-slow");
        Step first = step();
        assertThat(first.nodeId()).isEqualTo("position@small-broad");
        assertThat(first.prompt()).isEqualTo("Waar sta je bij Klein of breed?");
        assertThat(first.poles()).isEqualTo(new Step.PolesView("Klein", "Breed"));
        assertThat(first.item().index()).isEqualTo(1);
        assertThat(first.item().count()).isEqualTo(2);
        rejected(1.5, "value", "whole number from -3 to 3, not 1.5");
        rejected(4, "value", "outside the scale -3 to 3");
        rejected("2", "value", "not a text");

        Step lose = answer(3);
        assertThat(lose.nodeId()).as("a strong position asks what the other pole loses").isEqualTo("lose@small-broad");
        assertThat(lose.prompt()).isEqualTo("Wat verlies je aan Klein?");
        answer("Snelheid van besluiten");
        assertThat(step().nodeId()).isEqualTo("position@fast-slow");
        assertThat(answer(-1).nodeId()).as("a mild position skips the question").isEqualTo("balance");
    }

    @Test
    void changingAnEarlierAnswerReevaluatesTheBranches() {
        throughTensions("open-closed");
        answer(0);
        Step restore = answer("no");
        assertThat(restore.nodeId()).isEqualTo("restore");
        assertThat(restore.visibility()).as("the node's default").isEqualTo(Visibility.PRIVATE);
        assertThat(restore.prompt()).endsWith("Je koos Nee.");
        answer("Meer tijd van de gemeente");

        state = engine.back(demo, anna, state, "balance");
        assertThat(step().answer().value()).isEqualTo("no");
        assertThat(answer("yes").nodeId()).isEqualTo("order");
        assertThat(engine.answers(demo, anna, state)).extracting(AnsweredStep::nodeId)
                .containsExactly("view", "bring", "tensions", "position@open-closed", "balance");
    }

    @Test
    void goesBackOneStepOrToANamedEarlierStep() {
        assertThatThrownBy(() -> engine.back(demo, anna, state, null))
                .hasMessageContaining("already at the first step");
        throughTensions("open-closed");
        state = engine.back(demo, anna, state, null);
        assertThat(step().nodeId()).isEqualTo("tensions");
        assertThat(step().answer().value()).isEqualTo(List.of("open-closed"));
        assertThatThrownBy(() -> engine.back(demo, anna, state, "order"))
                .isInstanceOfSatisfying(AnswerRejectedException.class, e -> assertThat(e.field()).isEqualTo("nodeId"));
        state = engine.back(demo, anna, state, "view");
        assertThat(step().nodeId()).isEqualTo("view");
    }

    @Test
    void refusesAnswersToAnotherStep() {
        assertThatThrownBy(() -> engine.answer(demo, anna, state, "bring", List.of("x"), null))
                .isInstanceOfSatisfying(AnswerRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("nodeId");
                    assertThat(e.getMessage()).isEqualTo("'bring' is not the current step; the current step is 'welcome'");
                });
    }

    @Test
    void aRankingOrdersEveryOption() {
        throughTensions("open-closed");
        answer(0);
        answer("yes");
        rejected(List.of("a"), "value", "missing: b");
        assertThat(answer(List.of("b", "a")).type()).isEqualTo(NodeType.RECAP);
        assertThat(engine.answers(demo, anna, state).get(5).display()).isEqualTo("1. B; 2. A");
    }

    @Test
    void everyAnswerReadsInOneWayWithScalePositionsInWordsBetweenTheItemsPoles() {
        throughTensions("fast-slow", "open-closed");
        Step scale = step();
        assertThat(scale.scaleWords()).extracting(Step.ScaleWord::display).containsExactly(
                "-3: helemaal ‘Snel’", "-2: neigt naar ‘Snel’", "-1: een beetje richting ‘Snel’",
                "0: precies in het midden", "+1: een beetje richting ‘Traag’", "+2: neigt naar ‘Traag’",
                "+3: helemaal ‘Traag’");
        answer(2);
        answer("Te veel tegelijk");
        answer(-1);
        answer("yes");
        answer(List.of("b", "a"));

        assertThat(engine.answers(demo, anna, state)).extracting(AnsweredStep::nodeId, AnsweredStep::display).containsExactly(
                tuple("view", "Ik zie veel kansen samen"),
                tuple("bring", "tijd; kennis"),
                tuple("tensions", "Snel of traag, Open of dicht"),
                tuple("position@fast-slow", "+2: neigt naar ‘Traag’"),
                tuple("lose@fast-slow", "Te veel tegelijk"),
                tuple("position@open-closed", "-1: een beetje richting ‘Open’"),
                tuple("balance", "Ja"),
                tuple("order", "1. B; 2. A"));
        assertThat(engine.display(demo, "position@open-closed", 3, "en")).as("read by anyone, in another language")
                .isEqualTo("+3: fully ‘Closed’");
        assertThat(engine.display(demo, "position@gone", 3, "en")).as("a step the dialogue no longer has").isEqualTo("3");
    }

    @Test
    void aRecapEditsEarlierAnswersAndSendsBackToNewQuestions() {
        throughTensions("open-closed");
        answer(0);
        answer("yes");
        Step recap = answer(List.of("a", "b"));
        assertThat(recap.recap()).extracting(AnsweredStep::nodeId)
                .containsExactly("view", "bring", "tensions", "position@open-closed", "balance", "order");
        assertThat(recap.recap().get(4).display()).isEqualTo("Ja");

        Step next = answer(Map.of("balance", "no"));
        assertThat(next.nodeId()).as("the edit opened a question before the recap").isEqualTo("restore");
        answer("Afspraken over inzet");
        assertThat(step().nodeId()).isEqualTo("order");
    }

    @Test
    void aRecapRefusesEditsOfUnknownStepsAndBadValues() {
        throughTensions("open-closed");
        answer(0);
        answer("yes");
        answer(List.of("a", "b"));
        rejected(Map.of("nope", "x"), "value.nope", "not a question before this recap");
        rejected(Map.of("balance", "maybe"), "value.balance", "unknown option 'maybe'");
        rejected("text", "value", "object of changed answers");
        assertThat(answer(Map.of()).type()).isEqualTo(NodeType.END);
        rejected(null, "nodeId", "the conversation is finished");
        assertThat(engine.isFinished(demo, anna, state)).isTrue();
    }

    @Test
    void keepsVisibilityPerAnswer() {
        answer(null);
        answer("Ik zie veel kansen samen", Visibility.PRIVATE);
        assertThat(state.answers().get("view").visibility()).isEqualTo(Visibility.PRIVATE);
        Outcome shared = engine.changeVisibility(demo, anna, state, "view", Visibility.SHARED);
        assertThat(shared.recorded()).containsExactly(
                new RecordedAnswer("view", "view", "Ik zie veel kansen samen", Visibility.SHARED));
        assertThatThrownBy(() -> engine.changeVisibility(demo, anna, state, "order", Visibility.SHARED))
                .hasMessageContaining("has no answer");
    }

    @Test
    void theStateSurvivesJsonAndBack() {
        throughTensions("small-broad");
        answer(3);
        JsonMapper json = JsonMapper.builder().build();
        ConversationState copy = json.readValue(json.writeValueAsString(state), ConversationState.class);
        assertThat(copy).isEqualTo(state);
        assertThat(engine.step(demo, anna, copy)).isEqualTo(step());
    }

    @Test
    void describesAStepOutsideAnyConversation() {
        Step position = engine.describe(demo, "nl", "position@small-broad");
        assertThat(position.prompt()).isEqualTo("Waar sta je bij Klein of breed?");
        assertThat(position.poles()).isEqualTo(new Step.PolesView("Klein", "Breed"));
        assertThat(engine.describe(demo, "en", "bring").prompt()).isEqualTo("What do you bring?");
        assertThatThrownBy(() -> engine.describe(demo, "nl", "position")).isInstanceOf(AnswerRejectedException.class);
        assertThatThrownBy(() -> engine.describe(demo, "nl", "position@nope")).isInstanceOf(AnswerRejectedException.class);
        assertThatThrownBy(() -> engine.describe(demo, "nl", "nothing")).isInstanceOf(AnswerRejectedException.class);
    }

    @Test
    void expressionsCannotReachTypesOrConstructors() {
        Map<String, Object> root = Map.of("answers", Map.of());
        assertThat(Expressions.test("T(java.lang.System).exit(1) == null", root)).isFalse();
        assertThat(Expressions.test("new java.io.File('/').delete()", root)).isFalse();
        assertThat(Expressions.render("#{T(java.lang.System).getenv()}", root)).isEmpty();
        assertThat(Expressions.test("answers['x'] == null", root)).isTrue();
    }
}
