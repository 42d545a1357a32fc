package nl.samenspraak.dialogue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Branch ways with nodes of their own (gathers): the nodes run when their way is taken, and afterwards the
 * dialogue goes on with the node after the branch, with no goto; a way that jumps keeps working beside them.
 */
class DialogueEngineGathersTest {

    private static final Dialogue GATHERS = TestDialogues.load("gathers.yaml", """
            id: gathers
            version: 1
            title: Gathers
            description: {nl: Takken die weer samenkomen, en: Branches that gather again}
            languages: [nl, en]
            modes: [solo, group]
            estimatedMinutes: 5
            sources: [{cite: "Test"}]
            nodes:
              - id: welcome
                type: say
                text: {nl: "Welkom#{participant.commaName}.", en: "Welcome#{participant.commaName}."}
              - id: tensions
                type: multi
                prompt: {nl: Welke spanningen?, en: Which tensions?}
                options:
                  - {id: fast-slow, label: {nl: Snel of traag, en: Fast or slow}}
                  - {id: small-broad, label: {nl: Klein of breed, en: Small or broad}}
              - id: per-tension
                type: foreach
                over: tensions
                nodes:
                  - id: position
                    type: scale
                    prompt: {nl: "Waar sta je bij #{item.label}?", en: "Where on #{item.label}?"}
                    poles: {left: Links, right: Rechts}
                  - id: strong
                    type: branch
                    cases:
                      - when: "answers['position'] >= 2"
                        nodes:
                          - id: lose
                            type: text
                            prompt: {nl: "Wat verlies je bij #{item.label}?", en: "What is lost on #{item.label}?"}
              - id: balance
                type: choice
                prompt: {nl: In balans?, en: Balanced?}
                options:
                  - {id: "yes", label: {nl: Ja, en: "Yes"}}
                  - {id: "no", label: {nl: Nee, en: "No"}}
                  - {id: unsure, label: {nl: Weet niet, en: Not sure}}
              - id: route
                type: branch
                cases:
                  - when: "answers['balance'] == 'no'"
                    nodes:
                      - id: restore
                        type: text
                        visibility: private
                        prompt: {nl: Wat herstelt de balans?, en: What restores it?}
                      - id: helpers
                        type: list
                        prompt: {nl: Wie helpt daarbij?, en: Who helps?}
                  - when: "answers['balance'] == 'unsure'"
                    goto: recap
                otherwise:
                  nodes:
                    - id: keep
                      type: text
                      prompt: {nl: Wat houdt het in balans?, en: What keeps it balanced?}
              - id: anything-else
                type: text
                minWords: 0
                prompt: {nl: Nog iets?, en: Anything else?}
              - id: recap
                type: recap
                prompt: {nl: Klopt dit?, en: Is this right?}
              - id: done
                type: end
                text: {nl: Dank je, en: Thank you}
            """);

    private final DialogueEngine engine = new DialogueEngine();
    private final Speaker anna = new Speaker(new Participant("Anna", "Gemeente Zwolle"), "nl", Mode.SOLO);
    private final List<RecordedAnswer> log = new ArrayList<>();

    private ConversationState state = engine.start(GATHERS, anna);

    private Step answer(Object value) {
        Outcome outcome = engine.answer(GATHERS, anna, state, step().nodeId(), value, null);
        log.addAll(outcome.recorded());
        state = outcome.state();
        return step();
    }

    private Step step() {
        return engine.step(GATHERS, anna, state);
    }

    /** Answers up to the balance with one mild position on fast-or-slow. */
    private void toBalance() {
        answer(null);
        answer(List.of("fast-slow"));
        assertThat(answer(0).nodeId()).as("a way not taken adds no step").isEqualTo("balance");
    }

    @Test
    void aCaseRunsItsOwnNodesAndTheDialogueGathersAfterTheBranch() {
        toBalance();
        assertThat(answer("no").nodeId()).isEqualTo("restore");
        assertThat(step().visibility()).as("a node in a way keeps its own defaults").isEqualTo(Visibility.PRIVATE);
        assertThat(answer("Afspraken over inzet").nodeId()).isEqualTo("helpers");
        assertThat(answer(List.of("de wijkcoach")).nodeId()).as("gathered after the branch, no goto")
                .isEqualTo("anything-else");
        assertThat(step().progress()).isEqualTo(new Step.Progress(7, 9));
    }

    @Test
    void theOtherwiseWayRunsItsNodesAndGathersToo() {
        toBalance();
        assertThat(answer("yes").nodeId()).isEqualTo("keep");
        assertThat(answer("Elkaar blijven zien").nodeId()).isEqualTo("anything-else");
    }

    @Test
    void aCaseThatJumpsStillJumps() {
        toBalance();
        assertThat(answer("unsure").nodeId()).isEqualTo("recap");
    }

    @Test
    void insideAForeachAWaysStepsCarryTheItemInTheirId() {
        answer(null);
        answer(List.of("small-broad", "fast-slow"));
        Step lose = answer(3);
        assertThat(lose.nodeId()).isEqualTo("lose@small-broad");
        assertThat(lose.prompt()).isEqualTo("Wat verlies je bij Klein of breed?");
        assertThat(answer("Draagvlak").nodeId()).as("the way gathers inside the foreach, at its next item")
                .isEqualTo("position@fast-slow");
        assertThat(answer(-1).nodeId()).isEqualTo("balance");
        assertThat(log).contains(new RecordedAnswer("lose@small-broad", "lose", "Draagvlak", Visibility.SHARED));
        assertThat(engine.describe(GATHERS, "en", "lose@small-broad").prompt()).isEqualTo("What is lost on Small or broad?");
        assertThat(GATHERS.itemSource("lose")).map(Node::id).contains("tensions");
    }

    @Test
    void goingBackStepsIntoAWayAndAChangedAnswerTakesAnother() {
        toBalance();
        answer("no");
        answer("Afspraken over inzet");
        answer(List.of("de wijkcoach"));

        state = engine.back(GATHERS, anna, state, null);
        assertThat(step().nodeId()).as("back from after the gather is the way's last step").isEqualTo("helpers");
        assertThat(step().answer().value()).isEqualTo(List.of("de wijkcoach"));

        state = engine.back(GATHERS, anna, state, "balance");
        assertThat(answer("yes").nodeId()).isEqualTo("keep");
        answer("Elkaar blijven zien");
        assertThat(engine.answers(GATHERS, anna, state)).extracting(AnsweredStep::nodeId)
                .as("answers on a way no longer taken no longer count")
                .containsExactly("tensions", "position@fast-slow", "balance", "keep");
    }

    @Test
    void aConversationInsideAWayResumesThere() {
        toBalance();
        answer("no");
        JsonMapper json = JsonMapper.builder().build();
        ConversationState resumed = json.readValue(json.writeValueAsString(state), ConversationState.class);
        assertThat(engine.step(GATHERS, anna, resumed)).isEqualTo(step());
        assertThat(step().nodeId()).isEqualTo("restore");

        VersionChange change = engine.onNewVersion(GATHERS, anna, resumed);
        assertThat(change.moved()).isFalse();
        assertThat(change.setAside()).as("steps in ways are still steps of the dialogue").isEmpty();
    }

    @Test
    void aGroupIsSteeredIntoAWayByItsDecision() {
        Speaker group = new Speaker(new Participant("", ""), "en", Mode.GROUP);
        ConversationState room = engine.start(GATHERS, group);
        room = engine.advance(GATHERS, group, room, "welcome", null);
        room = engine.advance(GATHERS, group, room, "tensions", List.of("fast-slow"));
        room = engine.advance(GATHERS, group, room, "position@fast-slow", 2);
        assertThat(engine.step(GATHERS, group, room).nodeId()).isEqualTo("lose@fast-slow");
        room = engine.advance(GATHERS, group, room, "lose@fast-slow", null);
        room = engine.advance(GATHERS, group, room, "balance", "no");
        assertThat(engine.step(GATHERS, group, room).prompt()).isEqualTo("What restores it?");
    }

    @Test
    void everyNodeOfTheWaysIsANodeOfTheDialogueInFileOrder() {
        assertThat(GATHERS.allNodes()).extracting(Node::id).containsExactly("welcome", "tensions", "per-tension",
                "position", "strong", "lose", "balance", "route", "restore", "helpers", "keep", "anything-else",
                "recap", "done");
        assertThat(GATHERS.node("keep")).isPresent();
        assertThat(GATHERS.itemSource("keep")).as("a way is no foreach").isEmpty();
    }
}
