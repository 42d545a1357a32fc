package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Participant;
import nl.samenspraak.dialogue.Speaker;
import nl.samenspraak.dialogue.Step;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code #{participant.commaName}} renders exactly what the shipped dialogues wrote out before it existed: each
 * file, with the helper written back as the old expression, reads the same, with a name and without one.
 */
class CommaNameTest {

    private static final String HELPER = "#{participant.commaName}";
    private static final String WRITTEN_OUT = "#{participant.name.isEmpty() ? '' : ', ' + participant.name}";

    private final DialogueEngine engine = new DialogueEngine();

    @TestFactory
    Stream<DynamicTest> everyShippedDialogueReadsAsBeforeTheHelper() {
        return DialogueFiles.read(Path.of("dialogues")).entrySet().stream()
                .map(file -> DynamicTest.dynamicTest(file.getKey(), () -> readsAsBefore(file.getKey(), file.getValue())));
    }

    private void readsAsBefore(String name, String text) {
        assertThat(text).as("%s addresses the participant with the helper", name).contains(HELPER).doesNotContain("isEmpty()");
        Dialogue after = load(name, text);
        Dialogue before = load(name, text.replace(HELPER, WRITTEN_OUT));
        for (String language : after.languages()) {
            for (String participantName : List.of("Anna", "")) {
                Speaker speaker = new Speaker(new Participant(participantName, "Woonstichting"), language, Mode.SOLO);
                String welcome = welcome(after, speaker);
                assertThat(welcome).as("the welcome of %s in %s", name, language).isEqualTo(welcome(before, speaker))
                        .startsWith((language.equals("nl") ? "Welkom" : "Welcome") + (participantName.isEmpty() ? "." : ", Anna."));
                assertThat(texts(after, speaker)).as("every text of %s in %s", name, language)
                        .isEqualTo(texts(before, speaker));
            }
        }
    }

    private String welcome(Dialogue dialogue, Speaker speaker) {
        return engine.step(dialogue, speaker, engine.start(dialogue, speaker)).prompt();
    }

    /** Every text on one way through the dialogue, the same answers given at each step. */
    private List<String> texts(Dialogue dialogue, Speaker speaker) {
        Random random = new Random(1);
        List<String> texts = new ArrayList<>();
        ConversationState state = engine.start(dialogue, speaker);
        Step step;
        do {
            step = engine.step(dialogue, speaker, state);
            texts.add(step.prompt());
            state = step.type() == NodeType.END ? state : engine.answer(dialogue, speaker, state, step.nodeId(),
                    ShippedDialoguesTest.valueFor(step, random), null).state();
        } while (step.type() != NodeType.END);
        return texts;
    }

    /** The file as given, loaded beside the other shipped ones (a scan's recommendations name them). */
    private static Dialogue load(String name, String text) {
        Map<String, String> files = new java.util.HashMap<>(DialogueFiles.read(Path.of("dialogues")));
        files.put(name, text);
        return new DialogueLoader().loadAll(files).stream().filter(d -> name.endsWith(d.id() + ".yaml")).findFirst().orElseThrow();
    }
}
