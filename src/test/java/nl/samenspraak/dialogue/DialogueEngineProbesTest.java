package nl.samenspraak.dialogue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes triggered by the answer analysis, with a fake analysis that marks answers by the words in them:
 * "probleem" is problem-framed, "vaag" is vague.
 */
class DialogueEngineProbesTest {

    private static final Dialogue PROBES = TestDialogues.load("probes.yaml", """
            id: probes
            version: 1
            title: {nl: Doorvragen, en: Probes}
            description: {nl: Doorvragen, en: Probes}
            languages: [nl, en]
            modes: [solo, group]
            estimatedMinutes: 5
            sources: [{cite: "Test"}]
            nodes:
              - id: future
                type: text
                prompt: {nl: "Waarvoor gaan we?", en: "What do we go for?"}
                probe:
                  - when: problem-framed
                    text: {nl: "Hoe ziet de toekomst eruit, #{participant.name}?", en: "What does the future look like?"}
                  - when: vague
                    text: {nl: "Kun je een voorbeeld geven?", en: "Could you give an example?"}
                  - belowWords: 3
                    text: {nl: "Wat bedoel je?", en: "What do you mean?"}
              - id: strength
                type: text
                prompt: {nl: "Waarin zit onze kracht?", en: "Where does our strength lie?"}
                probe: {when: vague, text: {nl: "Waar zie je dat aan?", en: "Where do you see that?"}}
              - id: done
                type: end
                text: {nl: "Dank je", en: "Thank you"}
            """);
    private static final String CONCRETE = "Elke dinsdag een inloop in het buurthuis";

    /** What the fake analysis was asked: text and language. */
    private final List<String> asked = new ArrayList<>();
    private final DialogueEngine engine = new DialogueEngine((text, language) -> {
        asked.add(text + " (" + language + ")");
        Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
        if (text.contains("probleem")) {
            traits.add(AnswerTrait.PROBLEM_FRAMED);
        }
        if (text.contains("vaag")) {
            traits.add(AnswerTrait.VAGUE);
        }
        return traits;
    });
    private final Speaker anna = new Speaker(new Participant("Anna", "Gemeente Zwolle"), "nl", Mode.SOLO);

    private ConversationState state = engine.start(PROBES, anna);

    private Step answer(Object value) {
        state = engine.answer(PROBES, anna, state, step().nodeId(), value, null).state();
        return step();
    }

    private Step step() {
        return engine.step(PROBES, anna, state);
    }

    @Test
    void aProblemFramedAnswerGetsTheFutureProbeOnce() {
        Step probed = answer("Het probleem is dat de wachtlijsten te lang zijn");

        assertThat(probed.nodeId()).as("stays at the step").isEqualTo("future");
        assertThat(probed.probe()).isEqualTo("Hoe ziet de toekomst eruit, Anna?");
        assertThat(probed.answer().value()).isEqualTo("Het probleem is dat de wachtlijsten te lang zijn");
        assertThat(asked).contains("Het probleem is dat de wachtlijsten te lang zijn (nl)");
        assertThat(answer("Nog steeds een probleem met de wachtlijsten").nodeId()).as("asked once").isEqualTo("strength");
    }

    @Test
    void aVagueAnswerGetsTheVagueProbeOnce() {
        answer(CONCRETE);
        Step probed = answer("Iets vaag met samen sterker");

        assertThat(probed.nodeId()).isEqualTo("strength");
        assertThat(probed.probe()).isEqualTo("Waar zie je dat aan?");
        assertThat(answer("Nog altijd vaag").type()).as("asked once").isEqualTo(NodeType.END);
    }

    @Test
    void anAnswerWithoutTheTraitsGoesOn() {
        assertThat(answer(CONCRETE).nodeId()).isEqualTo("strength");
        assertThat(answer(CONCRETE).type()).isEqualTo(NodeType.END);
        assertThat(state.probed()).isEmpty();
    }

    @Test
    void theFirstProbeThatFitsIsAsked() {
        assertThat(answer("vaag probleem").probe()).as("problem-framed comes first in the file")
                .isEqualTo("Hoe ziet de toekomst eruit, Anna?");
    }

    @Test
    void aProbeForShortAnswersStillCountsWords() {
        Step probed = answer("Kansen");

        assertThat(probed.probe()).isEqualTo("Wat bedoel je?");
        assertThat(state.probed()).containsEntry("future", ProbeTrigger.SHORT);
    }

    @Test
    void backAndResumeShowTheProbeThatWasAskedWithoutAskingAgain() {
        assertThat(answer("Iets vaags over de wijk").probe()).isEqualTo("Kun je een voorbeeld geven?");
        answer("Iets vaags, en het probleem van de wachtlijst");
        answer(CONCRETE);
        state = engine.back(PROBES, anna, state, "future");

        assertThat(step().probe()).as("the probe that was asked, though the problem probe comes first now")
                .isEqualTo("Kun je een voorbeeld geven?");
        JsonMapper json = JsonMapper.builder().build();
        ConversationState resumed = json.readValue(json.writeValueAsString(state), ConversationState.class);
        assertThat(resumed).isEqualTo(state);
        assertThat(engine.step(PROBES, anna, resumed)).isEqualTo(step());
        assertThat(answer("Weer een probleem").nodeId()).as("never asked twice").isEqualTo("strength");
    }

    @Test
    void anAnswerExpandedAfterTheProbeShowsItNoMore() {
        answer("Het probleem is de wachtlijst");
        answer(CONCRETE);
        state = engine.back(PROBES, anna, state, "future");

        assertThat(step().answer().value()).isEqualTo(CONCRETE);
        assertThat(step().probe()).isNull();
    }

    @Test
    void theAnswerIsAnalysedInTheConversationsLanguageAndOnlyWhenAProbeNeedsIt() {
        Speaker ann = new Speaker(new Participant("Ann", ""), "en", Mode.SOLO);
        ConversationState english = engine.answer(PROBES, ann, engine.start(PROBES, ann), "future",
                "A probleem here", null).state();

        assertThat(engine.step(PROBES, ann, english).probe()).isEqualTo("What does the future look like?");
        assertThat(asked).allMatch(call -> call.endsWith("(en)"));

        asked.clear();
        Dialogue demo = TestDialogues.demo();
        ConversationState shortOnly = engine.answer(demo, anna, engine.answer(demo, anna, engine.start(demo, anna),
                "welcome", null, null).state(), "view", "Kansen", null).state();
        assertThat(engine.step(demo, anna, shortOnly).probe()).isEqualTo("Wat bedoel je?");
        assertThat(asked).as("a probe for short answers needs no analysis").isEmpty();
    }

    @Test
    void withoutAnalysisOnlyShortAnswersAreProbed() {
        DialogueEngine plain = new DialogueEngine();
        ConversationState start = plain.start(PROBES, anna);

        assertThat(plain.step(PROBES, anna, plain.answer(PROBES, anna, start, "future", "Het probleem is vaag", null).state())
                .nodeId()).isEqualTo("strength");
        assertThat(plain.step(PROBES, anna, plain.answer(PROBES, anna, start, "future", "Kansen", null).state())
                .probe()).isEqualTo("Wat bedoel je?");
    }

    @Test
    void aGroupIsNeverProbed() {
        Speaker group = new Speaker(new Participant("", ""), "nl", Mode.GROUP);
        ConversationState moved = engine.advance(PROBES, group, engine.start(PROBES, group), "future", "Een probleem, vaag");

        assertThat(engine.step(PROBES, group, moved).nodeId()).isEqualTo("strength");
        assertThat(moved.probed()).isEmpty();
    }

    @Test
    void aStateStoredBeforeProbesHadTriggersStillShowsItsProbe() {
        Dialogue demo = TestDialogues.demo();
        String stored = """
                {"position":"view","answers":{"view":{"value":"kansen","visibility":"shared"}},"probed":["view"]}""";

        ConversationState old = JsonMapper.builder().build().readValue(stored, ConversationState.class);

        assertThat(old.probed()).containsExactly(Map.entry("view", ProbeTrigger.SHORT));
        assertThat(engine.step(demo, anna, old).probe()).isEqualTo("Wat bedoel je?");
        assertThat(engine.step(demo, anna, engine.answer(demo, anna, old, "view", "kansen", null).state()).nodeId())
                .as("the probe was asked already").isEqualTo("bring");
    }
}
