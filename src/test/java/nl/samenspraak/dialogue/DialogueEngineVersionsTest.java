package nl.samenspraak.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DialogueEngine#onNewVersion}: a state made on one version of a dialogue, brought onto the next. */
class DialogueEngineVersionsTest {

    private final DialogueEngine engine = new DialogueEngine();
    private final Speaker anna = new Speaker(new Participant("Anna", ""), "nl", Mode.SOLO);

    private static Dialogue version(int version, String... questions) {
        StringBuilder yaml = new StringBuilder("""
                id: versies
                version: %d
                title: {nl: Versies}
                description: {nl: Versies}
                languages: [nl]
                modes: [solo]
                estimatedMinutes: 5
                sources: [{cite: "Test", file: x.txt, lines: 1-2}]
                nodes:
                  - id: welcome
                    type: say
                    text: {nl: "Welkom"}
                """.formatted(version));
        for (String question : questions) {
            yaml.append("""
                      - id: %s
                        type: text
                        minWords: 0
                        prompt: {nl: "%s?"}
                    """.formatted(question, question));
        }
        yaml.append("""
                  - id: done
                    type: end
                    text: {nl: "Dank je"}
                """);
        return TestDialogues.load("versies.yaml", yaml.toString());
    }

    private ConversationState answered(Dialogue dialogue, int steps) {
        ConversationState state = engine.start(dialogue, anna);
        for (int i = 0; i < steps; i++) {
            String at = engine.step(dialogue, anna, state).nodeId();
            state = engine.answer(dialogue, anna, state, at, at.equals("welcome") ? null : "antwoord " + at, null).state();
        }
        return state;
    }

    @Test
    void staysAtAStepThatStillExists() {
        ConversationState old = answered(version(1, "a", "b", "c"), 3);   // welcome, a, b: at c
        VersionChange change = engine.onNewVersion(version(2, "b", "c"), anna, old);
        assertThat(change.moved()).isFalse();
        assertThat(change.state().position()).isEqualTo("c");
        assertThat(change.setAside()).containsExactly("a");
        assertThat(change.state().answers()).containsOnlyKeys("b");
    }

    @Test
    void goesBackToTheNearestEarlierAnsweredStepThatStillExists() {
        ConversationState old = answered(version(1, "a", "b", "c", "d"), 4);   // at d
        VersionChange change = engine.onNewVersion(version(2, "a", "e"), anna, old);
        assertThat(change.lostPosition()).isEqualTo("d");
        assertThat(change.state().position()).isEqualTo("a");
        assertThat(change.setAside()).containsExactly("b", "c");
    }

    @Test
    void goesBackToTheStartWhenNoEarlierAnsweredStepExists() {
        ConversationState old = answered(version(1, "a", "b"), 2);   // at b
        VersionChange change = engine.onNewVersion(version(2, "x", "y"), anna, old);
        assertThat(change.moved()).isTrue();
        assertThat(change.state().position()).isEqualTo("welcome");
        assertThat(change.state().answers()).isEmpty();
        assertThat(change.setAside()).isEqualTo(List.of("a"));
        assertThat(engine.step(version(2, "x", "y"), anna, change.state()).nodeId()).isEqualTo("welcome");
    }
}
